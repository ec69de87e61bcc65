<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../core/translators.cpp" line="15"/>
        <source>Displays help on commandline options.</source>
        <translation>Mostra la guida alle opzioni della riga di comando.</translation>
    </message>
    <message>
        <location filename="../core/translators.cpp" line="16"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Mostra la guida, comprese le opzioni specifiche di Qt.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="32"/>
        <source>Cluster &quot;%1&quot; %2 (supervisor PID %3)</source>
        <translation>Cluster &quot;%1&quot; %2 (PID del supervisore %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="35"/>
        <source>Broker: %1  (monitoring: %2)</source>
        <translation>Broker: %1  (monitoraggio: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="38"/>
        <source>Gateway: %1</source>
        <translation>Gateway: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="41"/>
        <source>Placement: spread over the CPUs (--placement spread)</source>
        <translation>Posizionamento: distribuito sulle CPU (--placement spread)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="43"/>
        <source>Placement: packed onto CPU %1 while the cluster&apos;s load fits on it (adaptive)</source>
        <translation>Posizionamento: raccolto sulla CPU %1 finché il carico del cluster ci sta (adaptive)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="46"/>
        <source>Placement: spread over the CPUs; packed onto one while the cluster&apos;s load fits on it (adaptive)</source>
        <translation>Posizionamento: distribuito sulle CPU; raccolto su una finché il carico del cluster ci sta (adaptive)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>PROCESS</source>
        <translation>PROCESSO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>ROLE</source>
        <translation>RUOLO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>RESTARTS</source>
        <translation>RIAVVII</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>FUNCTION</source>
        <translation>FUNZIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>TRIGGER</source>
        <translation>TRIGGER</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>MODE</source>
        <translation>MODALITÀ</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>REPLICAS</source>
        <translation>REPLICHE</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="70"/>
        <source>No functions.</source>
        <translation>Nessuna funzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="74"/>
        <source>SERVICE</source>
        <translation>SERVIZIO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="74"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="74"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="89"/>
        <source>No cluster is running for %1 (start one with `stratus cluster up`).</source>
        <translation>Nessun cluster in esecuzione per %1 (avvialo con `stratus cluster up`).</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="91"/>
        <source>No cluster is running for %1: the last start failed: %2</source>
        <translation>Nessun cluster in esecuzione per %1: l&apos;ultimo avvio non è riuscito: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="93"/>
        <source>No cluster is running for %1 (the last one was stopped).</source>
        <translation>Nessun cluster in esecuzione per %1 (l&apos;ultimo è stato fermato).</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="94"/>
        <source>No cluster is running for %1: its supervisor (PID %2) is gone; the status file %3 is stale.</source>
        <translation>Nessun cluster in esecuzione per %1: il suo supervisore (PID %2) non c&apos;è più; il file di stato %3 non è aggiornato.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="84"/>
        <source>Usage: stratus &lt;command&gt; [options]</source>
        <translation>Utilizzo: stratus &lt;comando&gt; [opzioni]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="85"/>
        <source>Usage: stratus %1 &lt;command&gt; [options]</source>
        <translation>Utilizzo: stratus %1 &lt;comando&gt; [opzioni]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="86"/>
        <source>Stratus Workbench: run and invoke a project&apos;s functions on a local cluster.</source>
        <translation>Stratus Workbench: esegue e invoca le funzioni di un progetto su un cluster locale.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="87"/>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>Run `stratus &lt;command&gt; --help` for a command&apos;s options.</source>
        <translation>Esegui `stratus &lt;comando&gt; --help` per le opzioni di un comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="95"/>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 no cluster running or broker
unreachable, 4 the function failed, 5 no reply in time, 6 a stress threshold was breached.</source>
        <translation>Codici di uscita: 0 successo, 1 errore, 2 errore di utilizzo, 3 nessun cluster in esecuzione o broker
irraggiungibile, 4 funzione non riuscita, 5 nessuna risposta in tempo, 6 soglia di stress superata.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="128"/>
        <source>stratus: unknown command &apos;%1&apos; (see stratus%2 --help)</source>
        <translation>stratus: comando sconosciuto &apos;%1&apos; (vedi stratus%2 --help)</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ClusterDownCommand</name>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="35"/>
        <source>Stop the project&apos;s running cluster (foreground or detached).</source>
        <translation>Ferma il cluster in esecuzione del progetto (in primo piano o staccato).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="41"/>
        <source>Sends SIGTERM to the supervisor named in PROJECT/.stratus/cluster.json, which stops the
invokers (letting in-flight work finish), then the broker. Waits until the supervisor and
every process it listed are gone. Succeeds when no cluster is running.</source>
        <translation>Invia SIGTERM al supervisore indicato in PROJECT/.stratus/cluster.json, che ferma gli
invoker (lasciando finire il lavoro in corso), poi il broker. Attende che il supervisore e
ogni processo che elencava non ci siano più. Riesce anche quando nessun cluster è in esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="53"/>
        <source>--timeout must be a number of milliseconds, not &apos;%1&apos;</source>
        <translation>--timeout deve essere un numero di millisecondi, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="70"/>
        <source>the cluster did not stop within %1 ms; killing its supervisor (PID %2)</source>
        <translation>il cluster non si è fermato entro %1 ms; termino il suo supervisore (PID %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="75"/>
        <source>still running: PIDs %1</source>
        <translation>ancora in esecuzione: PID %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clusterdowncommand.cpp" line="79"/>
        <source>Cluster stopped (supervisor PID %1 and %n process(es)).</source>
        <translation>
            <numerusform>Cluster fermato (PID del supervisore %1 e %n processo).</numerusform>
            <numerusform>Cluster fermato (PID del supervisore %1 e %n processi).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.h" line="23"/>
        <source>How long to wait for a clean stop before killing the supervisor (SIGKILL; its children die with it).</source>
        <translation>Quanto attendere un arresto pulito prima di terminare il supervisore (SIGKILL; i suoi figli muoiono con lui).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.h" line="25"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ClusterStatusCommand</name>
    <message>
        <location filename="../app/cli/clusterstatuscommand.cpp" line="11"/>
        <source>Show the processes, functions and broker URL of the project&apos;s running cluster.</source>
        <translation>Mostra processi, funzioni e URL del broker del cluster in esecuzione del progetto.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterstatuscommand.cpp" line="17"/>
        <source>Shows every process of the project&apos;s local cluster (role, state, PID, restarts), every
function (trigger, mode, replicas) and the broker URL. Exits with %1 when no cluster is
running (also when the status file is stale because its supervisor is gone).</source>
        <translation>Mostra ogni processo del cluster locale del progetto (ruolo, stato, PID, riavvii), ogni
funzione (trigger, modalità, repliche) e l&apos;URL del broker. Esce con %1 quando nessun cluster è
in esecuzione (anche quando il file di stato è vecchio perché il suo supervisore non c&apos;è più).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterstatuscommand.h" line="22"/>
        <source>Print cluster.json, plus &quot;running&quot;: true/false.</source>
        <translation>Stampa cluster.json, più &quot;running&quot;: true/false.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ClusterUpCommand</name>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="35"/>
        <source>Start the project&apos;s local cluster (broker, registry, datastore, invokers).</source>
        <translation>Avvia il cluster locale del progetto (broker, registro, datastore, invoker).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="41"/>
        <source>Starts the project&apos;s local cluster: nats-server on 127.0.0.1, then the registry and the
datastore; once the registry holds the manifest&apos;s functions and services, every invoker
replica the manifest asks for. Each starts once the processes it depends on are ready. Crashed processes
are restarted with backoff. In the foreground (the default) it runs until Ctrl-C or SIGTERM,
then stops everything (a second Ctrl-C kills at once). State: PROJECT/.stratus/.
Exits with %1 when the cluster cannot start.</source>
        <translation>Avvia il cluster locale del progetto: nats-server su 127.0.0.1, poi il registro e il
datastore; quando il registro contiene le funzioni e i servizi del manifest, ogni replica di
invoker che il manifest chiede. Ognuno parte quando i processi da cui dipende sono pronti. I processi
andati in crash vengono riavviati con backoff. In primo piano (predefinito) resta attivo fino a Ctrl-C
o SIGTERM, poi ferma tutto (un secondo Ctrl-C termina subito). Stato: PROJECT/.stratus/.
Esce con %1 quando il cluster non può partire.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="65"/>
        <source>a cluster for %1 is already running (supervisor PID %2); see `stratus cluster status`</source>
        <translation>un cluster per %1 è già in esecuzione (PID del supervisore %2); vedi `stratus cluster status`</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="73"/>
        <source>--ready-timeout must be a positive number of milliseconds</source>
        <translation>--ready-timeout deve essere un numero positivo di millisecondi</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="79"/>
        <source>--placement must be &apos;adaptive&apos; or &apos;spread&apos;, not &apos;%1&apos;</source>
        <translation>--placement deve essere &apos;adaptive&apos; o &apos;spread&apos;, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="90"/>
        <source>ready    %1 (PID %2)</source>
        <translation>pronto   %1 (PID %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="93"/>
        <source>crashed  %1: %2</source>
        <translation>crash    %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="96"/>
        <source>restart  %1 (restart #%2)</source>
        <translation>riavvio  %1 (riavvio n. %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="117"/>
        <source>Cluster &quot;%1&quot; is up. Broker: %2  (monitoring: %3)</source>
        <translation>Il cluster &quot;%1&quot; è attivo. Broker: %2  (monitoraggio: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="119"/>
        <source>Press Ctrl-C to stop it.</source>
        <translation>Premi Ctrl-C per fermarlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="122"/>
        <location filename="../app/cli/clusterupcommand.cpp" line="189"/>
        <source>the cluster could not start: %1</source>
        <translation>il cluster non è potuto partire: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="126"/>
        <source>Cluster stopped.</source>
        <translation>Cluster fermato.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="131"/>
        <source>Stopping now.</source>
        <translation>Arresto immediato.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="136"/>
        <source>Stopping the cluster (again to force)...</source>
        <translation>Arresto del cluster (di nuovo per forzare)...</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="148"/>
        <source>cannot create %1/logs</source>
        <translation>impossibile creare %1/logs</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="163"/>
        <source>cannot start %1: %2</source>
        <translation>impossibile avviare %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="177"/>
        <source>the cluster is not up after %1 ms; it keeps trying in the background (supervisor PID %2, log: %3)</source>
        <translation>il cluster non è attivo dopo %1 ms; continua a provare in background (PID del supervisore %2, log: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="192"/>
        <source>the supervisor (PID %1) exited; the end of %2:
%3</source>
        <translation>il supervisore (PID %1) è terminato; la fine di %2:
%3</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="35"/>
        <source>Run the cluster in the background (its output goes to .stratus/logs/supervisor.log); return once it is up.</source>
        <translation>Esegue il cluster in background (il suo output va in .stratus/logs/supervisor.log); ritorna quando è attivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="38"/>
        <source>How long each process may take to become ready.</source>
        <translation>Quanto tempo può impiegare ogni processo per essere pronto.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="38"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="42"/>
        <source>Where the cluster&apos;s processes run: &apos;adaptive&apos; packs them onto one CPU while their load fits on it and spreads them over all CPUs when it is saturated; &apos;spread&apos; leaves them to the scheduler.</source>
        <translation>Dove girano i processi del cluster: &apos;adaptive&apos; li raccoglie su una CPU finché il loro carico ci sta e li distribuisce su tutte le CPU quando è satura; &apos;spread&apos; li lascia allo scheduler.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="45"/>
        <source>adaptive|spread</source>
        <translation>adaptive|spread</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::Command</name>
    <message>
        <location filename="../app/cli/command.cpp" line="20"/>
        <source>(see stratus %1 --help)</source>
        <translation>(vedi stratus %1 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="31"/>
        <source>missing argument &lt;%1&gt; %2</source>
        <translation>argomento &lt;%1&gt; mancante %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="36"/>
        <source>unexpected argument &apos;%1&apos; %2</source>
        <translation>argomento inatteso &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="44"/>
        <source>Exit codes: %1 ok, %2 failure%3, %4 usage, %5 no cluster running.</source>
        <translation>Codici di uscita: %1 ok, %2 errore%3, %4 utilizzo, %5 nessun cluster in esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="60"/>
        <source>Usage: stratus %1</source>
        <translation>Utilizzo: stratus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command.h" line="63"/>
        <source>The project folder (default: the nearest folder from here upwards holding a stratus.json).</source>
        <translation>La cartella del progetto (predefinita: la più vicina da qui in su che contiene uno stratus.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/command.h" line="64"/>
        <source>dir</source>
        <translation>cartella</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DataGetCommand</name>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="11"/>
        <source>Print an object of a datastore run.</source>
        <translation>Stampa un oggetto di un&apos;esecuzione del datastore.</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="17"/>
        <source>Writes the object KEY of run RUN in the running cluster&apos;s datastore to stdout, as is
(no newline added; values of any size). The object is not consumed.
</source>
        <translation>Scrive su stdout l&apos;oggetto KEY dell&apos;esecuzione RUN nel datastore del cluster in esecuzione, così com&apos;è
(senza aggiungere un a capo; valori di qualsiasi dimensione). L&apos;oggetto non viene consumato.
</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="19"/>
        <source>no such object: the message says so</source>
        <translation>oggetto inesistente: lo dice il messaggio</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="20"/>
        <source>The run id.</source>
        <translation>L&apos;id dell&apos;esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="21"/>
        <source>The object&apos;s name.</source>
        <translation>Il nome dell&apos;oggetto.</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="37"/>
        <source>run %1 has no object &quot;%2&quot; (see stratus data ls %1)</source>
        <translation>l&apos;esecuzione %1 non ha alcun oggetto &quot;%2&quot; (vedi stratus data ls %1)</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DataLsCommand</name>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="12"/>
        <source>List the datastore&apos;s runs, or the objects of one run.</source>
        <translation>Elenca le esecuzioni del datastore, o gli oggetti di un&apos;esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="18"/>
        <source>Without RUN, lists the live runs of the running cluster&apos;s datastore (registered, TTL
not passed) with the time they have left; with RUN, the run&apos;s objects (name, size in
bytes, persisted or not).
</source>
        <translation>Senza RUN, elenca le esecuzioni attive del datastore del cluster in esecuzione (registrate, TTL
non scaduto) con il tempo che resta loro; con RUN, gli oggetti dell&apos;esecuzione (nome, dimensione in
byte, persistito o no).
</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="22"/>
        <source>A run id (default: list the runs).</source>
        <translation>Un id di esecuzione (predefinito: elenca le esecuzioni).</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="40"/>
        <source>RUN</source>
        <translation>ESECUZIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="40"/>
        <source>TTL MS</source>
        <translation>TTL MS</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="40"/>
        <source>EXPIRES IN MS</source>
        <translation>SCADE TRA MS</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="48"/>
        <source>OBJECT</source>
        <translation>OGGETTO</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="48"/>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="48"/>
        <source>PERSIST</source>
        <translation>PERSISTENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="50"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="50"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="53"/>
        <source>No runs.</source>
        <translation>Nessuna esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="53"/>
        <source>No objects in run %1.</source>
        <translation>Nessun oggetto nell&apos;esecuzione %1.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DeployCommand</name>
    <message>
        <location filename="../app/cli/deploycommand.cpp" line="7"/>
        <source>Deploy the project to a remote cluster (a git release, rolled out by its agents).</source>
        <translation>Distribuisce il progetto su un cluster remoto (una release git, avviata dai suoi agent).</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.cpp" line="13"/>
        <source>Deploys the project to TARGET (docs/deploy.md): validates the manifest and flows, commits a
snapshot of the project folder to refs/stratus/deploy/TARGET without touching your branch,
tags it stratus/TARGET/RELEASE, pushes both to the target&apos;s git remote, and asks every node&apos;s
stratus-agent to fetch, validate, register and start the release, then drain the old one.
Progress is printed per node. A node that fails stays on its previous release.
Secrets come from the keychain or the secrets file (set them in the workbench&apos;s Deploy panel),
or from STRATUS_DEPLOY_SECRET and STRATUS_DEPLOY_GIT_SECRET.
</source>
        <translation>Distribuisce il progetto su TARGET (docs/deploy.md): convalida il manifest e i flussi, fa il commit di
un&apos;istantanea della cartella del progetto in refs/stratus/deploy/TARGET senza toccare il tuo branch,
le assegna il tag stratus/TARGET/RELEASE, invia entrambi al remote git della destinazione e chiede allo
stratus-agent di ogni nodo di scaricare, convalidare, registrare e avviare la release, poi svuotare la vecchia.
L&apos;avanzamento è stampato per nodo. Un nodo che non riesce resta sulla release precedente.
I segreti vengono dal portachiavi o dal file dei segreti (impostali nel pannello Deploy del workbench),
oppure da STRATUS_DEPLOY_SECRET e STRATUS_DEPLOY_GIT_SECRET.
</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.cpp" line="20"/>
        <source>invalid project, push rejected, or a node failed</source>
        <translation>progetto non valido, push rifiutato, o un nodo non è riuscito</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.h" line="22"/>
        <source>What this release changes (the tag&apos;s message).</source>
        <translation>Cosa cambia questa release (il messaggio del tag).</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.h" line="23"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DeployTargetCommand</name>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="9"/>
        <source>A target of the project&apos;s deploy.json.</source>
        <translation>Una destinazione del deploy.json del progetto.</translation>
    </message>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="37"/>
        <source>Exit codes: %1 ok, %2 failure (%3), %4 usage,
%5 the target cannot be reached (unreachable, credentials refused, or no agent answers).</source>
        <translation>Codici di uscita: %1 ok, %2 errore (%3), %4 utilizzo,
%5 la destinazione non è raggiungibile (irraggiungibile, credenziali rifiutate o nessun agent risponde).</translation>
    </message>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="48"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsLsCommand</name>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="15"/>
        <source>List recorded invocations and flow runs, newest first.</source>
        <translation>Elenca le invocazioni e le esecuzioni di flusso registrate, dalla più recente.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="21"/>
        <source>Lists what the running cluster recorded (the JetStream stream STRATUS_EVENTS): each
function invocation and flow run with its event id (e42), time, status and duration.
The event id is what `stratus events show`, `events save` and `replay` take.
</source>
        <translation>Elenca ciò che il cluster in esecuzione ha registrato (lo stream JetStream STRATUS_EVENTS): ogni
invocazione di funzione ed esecuzione di flusso con il suo id di evento (e42), ora, stato e durata.
L&apos;id di evento è ciò che accettano `stratus events show`, `events save` e `replay`.
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="39"/>
        <source>--limit must be a positive number</source>
        <translation>--limit deve essere un numero positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="43"/>
        <source>--before takes an event id like e42</source>
        <translation>--before accetta un id di evento come e42</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="63"/>
        <source>No events (recording is paused: `stratus events resume`).</source>
        <translation>Nessun evento (la registrazione è in pausa: `stratus events resume`).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="64"/>
        <source>No events.</source>
        <translation>Nessun evento.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>TIME</source>
        <translation>ORA</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>DURATION</source>
        <translation>DURATA</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="21"/>
        <source>Only this function&apos;s invocations.</source>
        <translation>Solo le invocazioni di questa funzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="22"/>
        <location filename="../app/cli/eventslscommand.h" line="23"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="23"/>
        <source>Only this flow&apos;s runs.</source>
        <translation>Solo le esecuzioni di questo flusso.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="25"/>
        <source>Only events with this status (ok, function-error, ...).</source>
        <translation>Solo gli eventi con questo stato (ok, function-error, ...).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="26"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="28"/>
        <source>Only events whose record contains this text.</source>
        <translation>Solo gli eventi il cui record contiene questo testo.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="28"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="29"/>
        <source>At most this many (default 50).</source>
        <translation>Al massimo questo numero (predefinito 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="29"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="32"/>
        <source>Only events older than this one (paging).</source>
        <translation>Solo gli eventi più vecchi di questo (paginazione).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="32"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="34"/>
        <source>One JSON record per line, with its event id.</source>
        <translation>Un record JSON per riga, con il suo id di evento.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsRecordingCommand</name>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="27"/>
        <source>Stop recording events until `events resume`.</source>
        <translation>Smette di registrare eventi fino a `events resume`.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="29"/>
        <source>Record events again.</source>
        <translation>Registra di nuovo gli eventi.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="31"/>
        <source>Drop every recorded event.</source>
        <translation>Elimina ogni evento registrato.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="35"/>
        <source>Whether events are recorded, how many, and the limits.</source>
        <translation>Se gli eventi sono registrati, quanti sono, e i limiti.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="42"/>
        <source>The recorder is the JetStream stream STRATUS_EVENTS of the running cluster;
paused stays paused across cluster restarts (docs/debugger.md).
</source>
        <translation>Il registratore è lo stream JetStream STRATUS_EVENTS del cluster in esecuzione;
in pausa resta in pausa tra un riavvio del cluster e l&apos;altro (docs/debugger.md).
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="68"/>
        <source>limits: %1, %2, %3</source>
        <translation>limiti: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="70"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="71"/>
        <source>no age limit</source>
        <translation>nessun limite di età</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="72"/>
        <source>%1 events</source>
        <translation>%1 eventi</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="73"/>
        <source>no count limit</source>
        <translation>nessun limite di numero</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="74"/>
        <source>recording %1: %2 events, %3 (%4)</source>
        <translation>registrazione %1: %2 eventi, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="75"/>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="75"/>
        <source>on</source>
        <translation>attiva</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsSaveCommand</name>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="10"/>
        <source>Save a recorded function event as a named test event of the project.</source>
        <translation>Salva un evento di funzione registrato come evento di test del progetto, con un nome.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="16"/>
        <source>Writes the event&apos;s input to events/FUNCTION/NAME.json in the project and, when the
invocation answered ok, its output to events/FUNCTION/NAME.expected.json, which
`stratus test FUNCTION` compares with. An existing event of that name is replaced.
</source>
        <translation>Scrive l&apos;input dell&apos;evento in events/FUNCTION/NAME.json nel progetto e, quando
l&apos;invocazione ha risposto ok, il suo output in events/FUNCTION/NAME.expected.json, con cui
`stratus test FUNCTION` confronta. Un evento esistente con quel nome viene sostituito.
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="19"/>
        <source>no such event, a flow run, or an input that was not kept whole</source>
        <translation>evento inesistente, un&apos;esecuzione di flusso, o un input non conservato per intero</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="20"/>
        <source>e42, or a request id.</source>
        <translation>e42, o un id di richiesta.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="22"/>
        <source>The test event&apos;s name (letters, digits, - _ .).</source>
        <translation>Il nome dell&apos;evento di test (lettere, cifre, - _ .).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="37"/>
        <source>%1 is a run of flow %2: test events belong to functions</source>
        <translation>%1 è un&apos;esecuzione del flusso %2: gli eventi di test appartengono alle funzioni</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="49"/>
        <source>saved %1 and %2</source>
        <translation>salvati %1 e %2</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="50"/>
        <source>saved %1 (no expected output)</source>
        <translation>salvato %1 (nessun output atteso)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.h" line="25"/>
        <source>Save the input only, without the recorded output as the expected one.</source>
        <translation>Salva solo l&apos;input, senza l&apos;output registrato come quello atteso.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsShowCommand</name>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="14"/>
        <source>Show one recorded event: input, output, stderr, timings.</source>
        <translation>Mostra un evento registrato: input, output, stderr, tempi.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="20"/>
        <source>Shows a recorded event: an event id (e42), a function&apos;s request id or a flow&apos;s run id.
Inputs and outputs cut because they were large say so, and where the whole is kept.
</source>
        <translation>Mostra un evento registrato: un id di evento (e42), di richiesta (funzione) o di esecuzione (flusso).
Input e output tagliati perché grandi lo dicono, e dicono dove è conservato l&apos;intero.
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="22"/>
        <source>no such event: the message says so</source>
        <translation>evento inesistente: lo dice il messaggio</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="23"/>
        <source>e42, a request id or a run id.</source>
        <translation>e42, un id di richiesta o un id di esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="36"/>
        <source>event:    %1 (%2 %3)</source>
        <translation>evento:   %1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="37"/>
        <source>id:       %1</source>
        <translation>id:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="38"/>
        <source>time:     %1</source>
        <translation>ora:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="39"/>
        <source>status:   %1</source>
        <translation>stato:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="40"/>
        <source>duration: %1</source>
        <translation>durata:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="43"/>
        <source>exit:     %1</source>
        <translation>uscita:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="45"/>
        <source>error:    %1</source>
        <translation>errore:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="52"/>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="53"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="55"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.h" line="22"/>
        <source>The record as JSON.</source>
        <translation>Il record come JSON.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::FlowRunCommand</name>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="28"/>
        <source>Run a flow of the running cluster and print its result.</source>
        <translation>Esegue un flusso del cluster in esecuzione e ne stampa il risultato.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="34"/>
        <source>Sends the input as a NATS request on the flow&apos;s trigger subject (from the manifest) and
prints the end node&apos;s output on stdout. A failed run prints &quot;error: STATUS: MESSAGE&quot;
naming the node that failed. With --trace, the run&apos;s spans follow on stderr: every node
with its start and duration (docs/flows.md, &quot;Traces&quot;).
Without --data or --file the input is {}.
</source>
        <translation>Invia l&apos;input come richiesta NATS sul soggetto di trigger del flusso (dal manifest) e
stampa su stdout l&apos;output del nodo finale. Un&apos;esecuzione non riuscita stampa &quot;error: STATUS: MESSAGE&quot;
indicando il nodo che non è riuscito. Con --trace, gli span dell&apos;esecuzione seguono su stderr: ogni
nodo con il suo inizio e la sua durata (docs/flows.md, &quot;Traces&quot;).
Senza --data o --file l&apos;input è {}.
</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="39"/>
        <source>the run failed</source>
        <translation>l&apos;esecuzione non è riuscita</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="40"/>
        <source>The flow&apos;s name in the manifest.</source>
        <translation>Il nome del flusso nel manifest.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="52"/>
        <source>%1 declares no flow &quot;%2&quot; (flows: %3)</source>
        <translation>%1 non dichiara alcun flusso &quot;%2&quot; (flussi: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="54"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="71"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>impossibile sottoscriversi a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="99"/>
        <source>no trace of run %1 arrived within %2 ms</source>
        <translation>nessuna traccia dell&apos;esecuzione %1 è arrivata entro %2 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.h" line="29"/>
        <source>Also print the run&apos;s node timings (on stderr) once it ends.</source>
        <translation>Stampa anche i tempi dei nodi dell&apos;esecuzione (su stderr) quando finisce.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::FlowTraceCommand</name>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="28"/>
        <source>Show a flow run&apos;s node timings, data, or export its spans (OTLP).</source>
        <translation>Mostra tempi dei nodi e dati di un&apos;esecuzione di flusso, o ne esporta gli span (OTLP).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="34"/>
        <source>Reads the record a flow run left in the datastore (object &quot;%1&quot; of run RUN; kept for
the flow&apos;s ttlMs) and prints its spans as a table. --json prints the whole record
(every node&apos;s input and output); --otlp and --otlp-endpoint export the spans as
OTLP/JSON, which an OpenTelemetry collector and Jaeger (1.35 and later) read.
</source>
        <translation>Legge il record che un&apos;esecuzione di flusso ha lasciato nel datastore (oggetto &quot;%1&quot; dell&apos;esecuzione RUN;
conservato per il ttlMs del flusso) e ne stampa gli span come tabella. --json stampa l&apos;intero record
(input e output di ogni nodo); --otlp e --otlp-endpoint esportano gli span come
OTLP/JSON, che leggono un collector OpenTelemetry e Jaeger (1.35 e successivi).
</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="39"/>
        <source>no such run, or its record expired: the message says so</source>
        <translation>esecuzione inesistente, o il suo record è scaduto: lo dice il messaggio</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="40"/>
        <source>The run id (the reply&apos;s Stratus-Run header).</source>
        <translation>L&apos;id dell&apos;esecuzione (l&apos;intestazione Stratus-Run della risposta).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="55"/>
        <source>run %1 left no record (is it a flow run, and younger than its flow&apos;s ttlMs?)</source>
        <translation>l&apos;esecuzione %1 non ha lasciato alcun record (è un&apos;esecuzione di flusso, e più giovane del ttlMs del suo flusso?)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="86"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="98"/>
        <source>the collector at %1 did not take the spans: %2</source>
        <translation>il collector su %1 non ha accettato gli span: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="100"/>
        <source>exported to %1 (HTTP %2)</source>
        <translation>esportato su %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="26"/>
        <source>Print the whole run record: every node&apos;s input, output and span.</source>
        <translation>Stampa l&apos;intero record dell&apos;esecuzione: input, output e span di ogni nodo.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="28"/>
        <source>Write the spans as OTLP/JSON to this file (&apos;-&apos; for stdout).</source>
        <translation>Scrive gli span come OTLP/JSON in questo file (&apos;-&apos; per stdout).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="29"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="32"/>
        <source>POST the spans as OTLP/JSON to this collector URL (e.g. http://127.0.0.1:4318/v1/traces).</source>
        <translation>Invia con POST gli span come OTLP/JSON a questo URL di collector (es. http://127.0.0.1:4318/v1/traces).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="33"/>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::FlowValidateCommand</name>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="48"/>
        <source>Check a flow file: its syntax, its graph and its functions.</source>
        <translation>Controlla un file di flusso: la sintassi, il grafo e le funzioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="54"/>
        <source>Parses FILE (a flow, docs/flows.md) and checks its graph: ids, edges, cycles, reachability,
choices, joins, maps, expressions, timeouts and retries. Function nodes must name functions of
the project&apos;s manifest (the project of --project, else the nearest stratus.json above FILE or
the current folder; without one, names are not checked). Each problem goes to stderr as
FILE: node ID: message, FILE: edge FROM -&gt; TO: message or FILE:LINE: key: message.
With --format, a valid FILE is also rewritten in the canonical form (stable order, one node
or edge per line), so diffs and merges of flows stay readable.
Exit codes: %1 valid (warnings allowed), %2 not valid or not readable, %3 usage.</source>
        <translation>Analizza FILE (un flusso, docs/flows.md) e ne controlla il grafo: id, archi, cicli, raggiungibilità,
scelte, join, map, espressioni, timeout e tentativi. I nodi funzione devono indicare funzioni del
manifest del progetto (il progetto di --project, altrimenti lo stratus.json più vicino sopra FILE o
la cartella corrente; senza, i nomi non vengono controllati). Ogni problema va su stderr come
FILE: node ID: message, FILE: edge FROM -&gt; TO: message o FILE:LINE: key: message.
Con --format, un FILE valido viene anche riscritto nella forma canonica (ordine stabile, un nodo
o arco per riga), così diff e merge dei flussi restano leggibili.
Codici di uscita: %1 valido (avvisi ammessi), %2 non valido o non leggibile, %3 utilizzo.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="65"/>
        <source>The flow file (NAME.flow.json).</source>
        <translation>Il file del flusso (NAME.flow.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="84"/>
        <source>%1: note: no project found (%2), function names not checked</source>
        <translation>%1: nota: nessun progetto trovato (%2), nomi delle funzioni non controllati</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="87"/>
        <source>%1: note: function names not checked, the manifest is not valid:
%2</source>
        <translation>%1: nota: nomi delle funzioni non controllati, il manifest non è valido:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="106"/>
        <source>%1 error</source>
        <translation>%1 errore</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="106"/>
        <source>%1 errors</source>
        <translation>%1 errori</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="107"/>
        <source>%1 warning</source>
        <translation>%1 avviso</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="107"/>
        <source>%1 warnings</source>
        <translation>%1 avvisi</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="116"/>
        <source>%1 node</source>
        <translation>%1 nodo</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="116"/>
        <source>%1 nodes</source>
        <translation>%1 nodi</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="117"/>
        <source>%1 edge</source>
        <translation>%1 arco</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="117"/>
        <source>%1 edges</source>
        <translation>%1 archi</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="115"/>
        <source>%1: valid (%2, %3)</source>
        <translation>%1: valido (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.h" line="23"/>
        <source>Rewrite the file in canonical form when it is valid.</source>
        <translation>Riscrive il file in forma canonica quando è valido.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::InvokeCommand</name>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="22"/>
        <source>Invoke a function of the running cluster and print its result.</source>
        <translation>Invoca una funzione del cluster in esecuzione e ne stampa il risultato.</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="28"/>
        <source>Sends the event as a NATS request on the function&apos;s trigger subject (from the manifest)
and prints the reply body on stdout when its Stratus-Status is ok. Otherwise prints
&quot;error: STATUS: MESSAGE&quot; on stderr.
Without --data or --file the event is {} (stdin is read only with --file -, so scripts
and CI without a stdin never hang).
</source>
        <translation>Invia l&apos;evento come richiesta NATS sul soggetto di trigger della funzione (dal manifest)
e stampa su stdout il corpo della risposta quando il suo Stratus-Status è ok. Altrimenti stampa
&quot;error: STATUS: MESSAGE&quot; su stderr.
Senza --data o --file l&apos;evento è {} (stdin si legge solo con --file -, così script
e CI senza stdin non restano mai bloccati).
</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="33"/>
        <source>the function failed (any status but ok)</source>
        <translation>la funzione non è riuscita (qualsiasi stato diverso da ok)</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="34"/>
        <source>The function&apos;s name in the manifest.</source>
        <translation>Il nome della funzione nel manifest.</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="40"/>
        <source>Exit codes: %1 ok, %2 other failure, %3 usage, %4 no cluster/broker, %5 %6,
%7 no reply (timeout, or nothing subscribed).</source>
        <translation>Codici di uscita: %1 ok, %2 altro errore, %3 utilizzo, %4 nessun cluster/broker, %5 %6,
%7 nessuna risposta (timeout, o nessuno in ascolto).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="63"/>
        <source>%1 declares no function &quot;%2&quot; (functions: %3)</source>
        <translation>%1 non dichiara alcuna funzione &quot;%2&quot; (funzioni: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="80"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="97"/>
        <source>--data and --file exclude each other</source>
        <translation>--data e --file si escludono a vicenda</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="105"/>
        <source>--timeout must be a positive number of milliseconds</source>
        <translation>--timeout deve essere un numero positivo di millisecondi</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="159"/>
        <source>error: %1: %2</source>
        <translation>errore: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="42"/>
        <source>The event, as text.</source>
        <translation>L&apos;evento, come testo.</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="42"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="43"/>
        <source>Read the event from a file (&apos;-&apos; for stdin).</source>
        <translation>Legge l&apos;evento da un file (&apos;-&apos; per stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="44"/>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="47"/>
        <source>How long to wait for the reply (default: the function&apos;s timeoutMs + 2000).</source>
        <translation>Quanto attendere la risposta (predefinito: il timeoutMs della funzione + 2000).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="47"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="49"/>
        <source>Broker URL (default: $STRATUS_NATS_URL, else the running cluster&apos;s, from .stratus/cluster.json).</source>
        <translation>URL del broker (predefinito: $STRATUS_NATS_URL, altrimenti quello del cluster in esecuzione, da .stratus/cluster.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="51"/>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::LogsCommand</name>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="31"/>
        <source>Print the logs of a function&apos;s invokers (--follow to keep printing).</source>
        <translation>Stampa i log degli invoker di una funzione (--follow per continuare a stampare).</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="37"/>
        <source>Prints what the invoker replicas of FUNCTION wrote (their own log and their function
processes&apos; stderr), from PROJECT/.stratus/logs/invoker.FUNCTION.N.log, each line prefixed
with the replica&apos;s process id. Works whether or not the cluster is running.</source>
        <translation>Stampa ciò che hanno scritto le repliche di invoker di FUNCTION (il loro log e lo stderr dei loro
processi di funzione), da PROJECT/.stratus/logs/invoker.FUNCTION.N.log, con ogni riga preceduta
dall&apos;id di processo della replica. Funziona che il cluster sia in esecuzione o no.</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="40"/>
        <source>The function&apos;s name in the manifest.</source>
        <translation>Il nome della funzione nel manifest.</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="54"/>
        <source>%1 declares no function &quot;%2&quot;</source>
        <translation>%1 non dichiara alcuna funzione &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="60"/>
        <source>no logs of %1 yet (looked for %2/invoker.%1.*.log)</source>
        <translation>ancora nessun log di %1 (cercati in %2/invoker.%1.*.log)</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.h" line="37"/>
        <source>Keep printing new lines (also of replicas that start later) until Ctrl-C.</source>
        <translation>Continua a stampare le nuove righe (anche delle repliche che partono dopo) fino a Ctrl-C.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryCommand</name>
    <message>
        <location filename="../app/cli/registrycommand.cpp" line="7"/>
        <source>KIND is services, functions or flows.</source>
        <translation>KIND è services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrycommand.cpp" line="17"/>
        <source>unknown kind &apos;%1&apos;: use services, functions or flows</source>
        <translation>tipo sconosciuto &apos;%1&apos;: usa services, functions o flows</translation>
    </message>
    <message>
        <location filename="../app/cli/registrycommand.cpp" line="45"/>
        <source>--expected-revision must be a revision number (0: the entry must not exist yet)</source>
        <translation>--expected-revision deve essere un numero di revisione (0: la voce non deve ancora esistere)</translation>
    </message>
    <message>
        <location filename="../app/cli/registrycommand.h" line="30"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryGetCommand</name>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="9"/>
        <source>Print one registry entry as JSON.</source>
        <translation>Stampa una voce del registro come JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="15"/>
        <source>Prints the entry KIND/ID of the running cluster&apos;s registry as JSON:
{&quot;kind&quot;, &quot;id&quot;, &quot;revision&quot;, &quot;entry&quot;}. %1
</source>
        <translation>Stampa la voce KIND/ID del registro del cluster in esecuzione come JSON:
{&quot;kind&quot;, &quot;id&quot;, &quot;revision&quot;, &quot;entry&quot;}. %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="18"/>
        <source>no such entry: the message says so</source>
        <translation>voce inesistente: lo dice il messaggio</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="19"/>
        <source>services, functions or flows.</source>
        <translation>services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="20"/>
        <source>The entry&apos;s id (a service&apos;s id, else its name).</source>
        <translation>L&apos;id della voce (l&apos;id di un servizio, altrimenti il suo nome).</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="35"/>
        <source>the registry has no %1 entry &quot;%2&quot; (see stratus registry ls %1)</source>
        <translation>il registro non ha alcuna voce %1 &quot;%2&quot; (vedi stratus registry ls %1)</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryLsCommand</name>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="33"/>
        <source>List the running cluster&apos;s registry entries.</source>
        <translation>Elenca le voci del registro del cluster in esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="39"/>
        <source>Lists the entries of the running cluster&apos;s registry: every kind, or only KIND.
%1
</source>
        <translation>Elenca le voci del registro del cluster in esecuzione: di ogni tipo, o solo di KIND.
%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="42"/>
        <source>services, functions or flows (default: all).</source>
        <translation>services, functions o flows (predefinito: tutti).</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="72"/>
        <source>No entries.</source>
        <translation>Nessuna voce.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="75"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="75"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="75"/>
        <source>REVISION</source>
        <translation>REVISIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="75"/>
        <source>DETAIL</source>
        <translation>DETTAGLIO</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.h" line="23"/>
        <source>Print the entries as a JSON array of {kind, id, revision, entry}.</source>
        <translation>Stampa le voci come array JSON di {kind, id, revision, entry}.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryPutCommand</name>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="10"/>
        <source>Create or replace a registry entry.</source>
        <translation>Crea o sostituisce una voce del registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="16"/>
        <source>Writes the JSON object of FILE (&apos;-&apos; for stdin) or of --data as an entry of KIND in the
running cluster&apos;s registry; the entry names itself (&quot;id&quot; of a service, &quot;name&quot; of the
others). The registry checks it (docs/registry.md) and says which field is wrong. %1
</source>
        <translation>Scrive l&apos;oggetto JSON di FILE (&apos;-&apos; per stdin) o di --data come voce di KIND nel registro
del cluster in esecuzione; la voce si nomina da sé (&quot;id&quot; per un servizio, &quot;name&quot; per gli
altri). Il registro la controlla (docs/registry.md) e dice quale campo è sbagliato. %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="20"/>
        <source>invalid entry, revision conflict</source>
        <translation>voce non valida, conflitto di revisione</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="21"/>
        <source>services, functions or flows.</source>
        <translation>services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="22"/>
        <source>A file holding the entry&apos;s JSON (&apos;-&apos;: stdin).</source>
        <translation>Un file che contiene il JSON della voce (&apos;-&apos;: stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="26"/>
        <source>Write only if the entry is at this revision now (0: only create it).</source>
        <translation>Scrive solo se la voce è ora a questa revisione (0: solo crearla).</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="34"/>
        <source>--data</source>
        <translation>--data</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="42"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="51"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON non valido al byte %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="53"/>
        <source>%1: the entry must be a JSON object</source>
        <translation>%1: la voce deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="68"/>
        <source>give the entry either as FILE or with --data, not %1 (see stratus %2 --help)</source>
        <translation>dai la voce come FILE oppure con --data, uno solo dei due (dati: %1) (vedi stratus %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="69"/>
        <source>both</source>
        <translation>entrambi</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="69"/>
        <source>neither</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="77"/>
        <source>%1/%2: revision %3</source>
        <translation>%1/%2: revisione %3</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.h" line="25"/>
        <source>The entry, as JSON text.</source>
        <translation>La voce, come testo JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.h" line="25"/>
        <source>json</source>
        <translation>json</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryRmCommand</name>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="7"/>
        <source>Remove a registry entry.</source>
        <translation>Rimuove una voce del registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="13"/>
        <source>Removes the entry KIND/ID from the running cluster&apos;s registry. %1
</source>
        <translation>Rimuove la voce KIND/ID dal registro del cluster in esecuzione. %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="14"/>
        <source>no such entry, revision conflict</source>
        <translation>voce inesistente, conflitto di revisione</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="15"/>
        <source>services, functions or flows.</source>
        <translation>services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="16"/>
        <source>The entry&apos;s id.</source>
        <translation>L&apos;id della voce.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="18"/>
        <source>Remove only if the entry is at this revision now.</source>
        <translation>Rimuove solo se la voce è ora a questa revisione.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="33"/>
        <source>%1/%2: removed</source>
        <translation>%1/%2: rimossa</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ReleasesCommand</name>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="13"/>
        <source>List a remote cluster&apos;s releases and the nodes that run or keep them.</source>
        <translation>Elenca le release di un cluster remoto e i nodi che le eseguono o le conservano.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="19"/>
        <source>Lists the releases of TARGET, newest first: the tags stratus/TARGET/* (fetched from the
target&apos;s git remote first, unless --local), with the nodes that run each one and those that
keep it for a rollback. --diff RELEASE prints what changed since RELEASE instead.
</source>
        <translation>Elenca le release di TARGET, dalla più recente: i tag stratus/TARGET/* (prima scaricati dal
remote git della destinazione, salvo con --local), con i nodi che eseguono ciascuna e quelli che
la conservano per un rollback. --diff RELEASE stampa invece cosa è cambiato da RELEASE.
</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="22"/>
        <source>git could not list or fetch the releases</source>
        <translation>git non è riuscito a elencare o scaricare le release</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="36"/>
        <source>No change since release %1.</source>
        <translation>Nessuna modifica dalla release %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="52"/>
        <source>where releases run is unknown: %1</source>
        <translation>dove girano le release non è noto: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="71"/>
        <source>No releases of %1 yet (stratus deploy %1).</source>
        <translation>Ancora nessuna release di %1 (stratus deploy %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>RELEASE</source>
        <translation>RELEASE</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>TIME (UTC)</source>
        <translation>ORA (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>AUTHOR</source>
        <translation>AUTORE</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>RUNNING ON</source>
        <translation>IN ESECUZIONE SU</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>KEPT ON</source>
        <translation>CONSERVATA SU</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>MESSAGE</source>
        <translation>MESSAGGIO</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="22"/>
        <source>Print a JSON array of {name, tag, commit, time, author, message, runningOn, keptOn}.</source>
        <translation>Stampa un array JSON di {name, tag, commit, time, author, message, runningOn, keptOn}.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="25"/>
        <source>Do not fetch the releases others pushed from the target&apos;s git remote.</source>
        <translation>Non scarica dal remote git della destinazione le release inviate da altri.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="27"/>
        <source>Print the diff from RELEASE to the project as it is now.</source>
        <translation>Stampa il diff da RELEASE al progetto così com&apos;è ora.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="28"/>
        <source>release</source>
        <translation>release</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RemoteStatusCommand</name>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="12"/>
        <source>Show the nodes of a remote cluster and the release each one runs.</source>
        <translation>Mostra i nodi di un cluster remoto e la release che ciascuno esegue.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="18"/>
        <source>Asks every stratus-agent of TARGET for its status (docs/deploy.md, &quot;Status&quot;): the release it
runs, the releases it keeps, whether a deploy is under way, and its invokers.
</source>
        <translation>Chiede a ogni stratus-agent di TARGET il suo stato (docs/deploy.md, &quot;Status&quot;): la release che
esegue, le release che conserva, se una distribuzione è in corso, e i suoi invoker.
</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="20"/>
        <source>a node listed in deploy.json did not answer</source>
        <translation>un nodo elencato in deploy.json non ha risposto</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="36"/>
        <source>target %1: no agent answered at %2 (is stratus-agent running on the nodes?)</source>
        <translation>destinazione %1: nessun agent ha risposto su %2 (stratus-agent è in esecuzione sui nodi?)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>RELEASE</source>
        <translation>RELEASE</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <source>INVOKERS READY</source>
        <translation>INVOKER PRONTI</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <source>KEPT</source>
        <translation>CONSERVATE</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <source>DEPLOYING</source>
        <translation>IN DISTRIBUZIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="50"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>PROCESS</source>
        <translation>PROCESSO</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="69"/>
        <source>node(s) %1 did not answer</source>
        <translation>nodi %1 senza risposta</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="21"/>
        <source>Print the agents&apos; replies as a JSON array.</source>
        <translation>Stampa le risposte degli agent come array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="23"/>
        <source>List every invoker of every node.</source>
        <translation>Elenca ogni invoker di ogni nodo.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="25"/>
        <source>How long to collect the agents&apos; replies (default 1000).</source>
        <translation>Per quanto raccogliere le risposte degli agent (predefinito 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="25"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="15"/>
        <source>Run a recorded function event again on this machine; compare the result.</source>
        <translation>Esegue di nuovo su questa macchina un evento di funzione registrato; confronta il risultato.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="21"/>
        <source>Runs the function of a recorded event locally, as a cold invoker would: the manifest&apos;s
command, its workdir and environment, the event on stdin, its timeout. Prints the new
output on stdout; --diff then compares it with the recorded output (JSON-aware) on
stderr. --debug waits for an external debugger first (host and port on stderr).
Exit codes: 0 ok (and identical with --diff), 1 failure or a difference, 2 usage,
3 no cluster, 4 the function failed.
</source>
        <translation>Esegue in locale la funzione di un evento registrato, come farebbe un invoker a freddo: il command
del manifest, la sua workdir e il suo ambiente, l&apos;evento su stdin, il suo timeout. Stampa il nuovo
output su stdout; --diff poi lo confronta con l&apos;output registrato (tenendo conto del JSON) su
stderr. --debug prima attende un debugger esterno (host e porta su stderr).
Codici di uscita: 0 ok (e identico con --diff), 1 errore o una differenza, 2 utilizzo,
3 nessun cluster, 4 la funzione non è riuscita.
</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="27"/>
        <source>e42, or a request id.</source>
        <translation>e42, o un id di richiesta.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="46"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="54"/>
        <source>%1 is a run of flow %2; replay runs functions (run the flow again with `stratus flow run %2 --data ...`)</source>
        <translation>%1 è un&apos;esecuzione del flusso %2; replay esegue funzioni (esegui di nuovo il flusso con `stratus flow run %2 --data ...`)</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="72"/>
        <source>waiting for a debugger: %1</source>
        <translation>in attesa di un debugger: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="81"/>
        <source>the replay did not finish</source>
        <translation>la riproduzione non è terminata</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="89"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="95"/>
        <source>identical to the recorded output of %1</source>
        <translation>identico all&apos;output registrato di %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="98"/>
        <source>differs from the recorded output of %1:
%2</source>
        <translation>diverso dall&apos;output registrato di %1:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="23"/>
        <source>Replay with this input instead of the recorded one; @FILE reads a file.</source>
        <translation>Riproduce con questo input invece di quello registrato; @FILE legge un file.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="24"/>
        <source>json|@file</source>
        <translation>json|@file</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="27"/>
        <source>Compare the new output with the recorded one (exit 1 when they differ).</source>
        <translation>Confronta il nuovo output con quello registrato (esce con 1 quando differiscono).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="30"/>
        <source>Run under the function&apos;s external debugger (its &quot;debug&quot; in stratus.json).</source>
        <translation>Esegue sotto il debugger esterno della funzione (il suo &quot;debug&quot; in stratus.json).</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RollbackCommand</name>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="7"/>
        <source>Roll a remote cluster back to a release its nodes keep.</source>
        <translation>Riporta un cluster remoto a una release che i suoi nodi conservano.</translation>
    </message>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="13"/>
        <source>Rolls every node of TARGET back to RELEASE (see `stratus releases TARGET`), the same way a
deploy rolls over: the release&apos;s invokers start, then the running ones drain. Every node must
keep RELEASE (deploy.json&apos;s &quot;keep&quot;, default 5); otherwise nothing is changed.
</source>
        <translation>Riporta ogni nodo di TARGET a RELEASE (vedi `stratus releases TARGET`), nello stesso modo in cui
una distribuzione si avvicenda: partono gli invoker della release, poi quelli in esecuzione si svuotano.
Ogni nodo deve conservare RELEASE (&quot;keep&quot; di deploy.json, predefinito 5); altrimenti non cambia nulla.
</translation>
    </message>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="16"/>
        <source>the release is not kept, or a node failed</source>
        <translation>la release non è conservata, o un nodo non è riuscito</translation>
    </message>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="18"/>
        <source>The release, e.g. 20261124-193000.</source>
        <translation>La release, es. 20261124-193000.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::StressCommand</name>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="23"/>
        <source>Load-test a function, flow, subject or HTTP URL and summarise like hey.</source>
        <translation>Test di carico di una funzione, un flusso, un soggetto o un URL HTTP; riepilogo come hey.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="29"/>
        <source>TARGET is a function of the project (NAME), a flow (flow:NAME), any NATS subject
(subject:SUBJECT) or an HTTP URL (http://127.0.0.1:PORT/function/NAME, the gateway).

Open loop (--rate or --profile): requests go out at their scheduled times whatever the
replies do, and latency counts from the scheduled time, so a slow target cannot hide
behind a slow generator (no coordinated omission). When the generator itself cannot keep
up it says so. Closed loop (-n -c -q -z): hey&apos;s model, C workers each with one request in
flight. Without any of these: the default profile, 20/s for 10 s then up to 200/s over 20 s.
Ctrl-C stops the run and prints what was measured so far.

Exit codes: %1 the run completed (whatever the targets answered) and no threshold was
breached, %2 failure, %3 usage, %4 no cluster/broker, %5 a threshold was breached.</source>
        <translation>TARGET è una funzione del progetto (NAME), un flusso (flow:NAME), un qualsiasi soggetto NATS
(subject:SUBJECT) o un URL HTTP (http://127.0.0.1:PORT/function/NAME, il gateway).

Ciclo aperto (--rate o --profile): le richieste partono agli orari previsti qualunque cosa facciano
le risposte, e la latenza si conta dall&apos;orario previsto, così un target lento non può nascondersi
dietro un generatore lento (nessuna coordinated omission). Quando il generatore stesso non riesce a
stare al passo lo dice. Ciclo chiuso (-n -c -q -z): il modello di hey, C worker ciascuno con una
richiesta in corso. Senza nessuno di questi: il profilo predefinito, 20/s per 10 s poi fino a 200/s in 20 s.
Ctrl-C ferma il test e stampa ciò che è stato misurato fin lì.

Codici di uscita: %1 il test è stato completato (qualunque cosa abbiano risposto i target) e nessuna soglia
è stata superata, %2 errore, %3 utilizzo, %4 nessun cluster/broker, %5 una soglia è stata superata.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="47"/>
        <source>NAME, flow:NAME, subject:SUBJECT or http://HOST:PORT/PATH.</source>
        <translation>NAME, flow:NAME, subject:SUBJECT o http://HOST:PORT/PATH.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="60"/>
        <source>--rate, --profile and -n/-c/-q/-z exclude each other</source>
        <translation>--rate, --profile e -n/-c/-q/-z si escludono a vicenda</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="62"/>
        <source>--duration goes with --rate (closed loop takes -z)</source>
        <translation>--duration va con --rate (il ciclo chiuso usa -z)</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="64"/>
        <source>--data and --file exclude each other</source>
        <translation>--data e --file si escludono a vicenda</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="77"/>
        <source>--rate must be a positive number of requests per second</source>
        <translation>--rate deve essere un numero positivo di richieste al secondo</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="82"/>
        <source>--duration %1: must be a duration like 500ms, 10s, 2m</source>
        <translation>--duration %1: deve essere una durata come 500ms, 10s, 2m</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="94"/>
        <source>-n must be a whole number of requests &gt;= 1</source>
        <translation>-n deve essere un numero intero di richieste &gt;= 1</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="98"/>
        <source>-c must be a whole number of workers &gt;= 1</source>
        <translation>-c deve essere un numero intero di worker &gt;= 1</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="102"/>
        <source>-q must be a number of requests per second per worker &gt;= 0</source>
        <translation>-q deve essere un numero di richieste al secondo per worker &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="107"/>
        <source>-z %1: must be a duration like 10s, 2m</source>
        <translation>-z %1: deve essere una durata come 10s, 2m</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="119"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="127"/>
        <source> (--raw sends the body as it is)</source>
        <translation> (--raw invia il corpo così com&apos;è)</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="135"/>
        <source>--timeout must be a positive number of milliseconds</source>
        <translation>--timeout deve essere un numero positivo di millisecondi</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="192"/>
        <source>no broker: give --nats URL, set STRATUS_NATS_URL, or run in a project with a running cluster</source>
        <translation>nessun broker: indica --nats URL, imposta STRATUS_NATS_URL, o esegui in un progetto con un cluster in esecuzione</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="228"/>
        <source>saved %1</source>
        <translation>salvato %1</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="28"/>
        <source>Open loop at a constant rate, requests per second.</source>
        <translation>Ciclo aperto a frequenza costante, richieste al secondo.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="28"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="30"/>
        <source>How long --rate runs (default 10s): 500ms, 10s, 2m.</source>
        <translation>Quanto dura --rate (predefinito 10s): 500ms, 10s, 2m.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="30"/>
        <location filename="../app/cli/stresscommand.h" line="44"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="32"/>
        <source>Open or closed loop from a profile file (docs/stress.md).</source>
        <translation>Ciclo aperto o chiuso da un file di profilo (docs/stress.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="33"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="35"/>
        <source>Closed loop: requests in all (hey -n; default 200).</source>
        <translation>Ciclo chiuso: richieste in tutto (hey -n; predefinito 200).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="35"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="37"/>
        <source>Closed loop: workers, one request in flight each (hey -c; default 50).</source>
        <translation>Ciclo chiuso: worker, una richiesta in corso ciascuno (hey -c; predefinito 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="38"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="40"/>
        <source>Closed loop: rate limit per worker, requests per second (hey -q).</source>
        <translation>Ciclo chiuso: limite di frequenza per worker, richieste al secondo (hey -q).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="41"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="43"/>
        <source>Closed loop: run for this long instead of -n requests (hey -z): 10s, 1m.</source>
        <translation>Ciclo chiuso: dura questo tempo invece di -n richieste (hey -z): 10s, 1m.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="47"/>
        <source>The request body, a template: {{seq}}, {{rand:1:100}}, {{timestamp}}, {{timestamp_ms}}, {{uuid}} (default {}).</source>
        <translation>Il corpo della richiesta, un modello: {{seq}}, {{rand:1:100}}, {{timestamp}}, {{timestamp_ms}}, {{uuid}} (predefinito {}).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="49"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="50"/>
        <source>Read the request body template from a file.</source>
        <translation>Legge il modello del corpo della richiesta da un file.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="51"/>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="53"/>
        <source>Send --data/--file as they are, without variables.</source>
        <translation>Invia --data/--file così come sono, senza variabili.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="56"/>
        <source>Per-request timeout (default: the function&apos;s timeoutMs + 2000, else 10000).</source>
        <translation>Timeout per richiesta (predefinito: il timeoutMs della funzione + 2000, altrimenti 10000).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="56"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="59"/>
        <source>Fail the run when breached, e.g. p95&lt;20ms, errors&lt;1% (repeatable). A breach lasting 3 s stops the run early.</source>
        <translation>Fa fallire il test quando viene superata, es. p95&lt;20ms, errors&lt;1% (ripetibile). Un superamento che dura 3 s ferma il test in anticipo.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="61"/>
        <source>expr</source>
        <translation>espr</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="62"/>
        <source>HTTP method (default POST).</source>
        <translation>Metodo HTTP (predefinito POST).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="63"/>
        <source>method</source>
        <translation>metodo</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="65"/>
        <source>Print the result as JSON instead of a summary.</source>
        <translation>Stampa il risultato come JSON invece di un riepilogo.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="68"/>
        <source>Also save the result in the project&apos;s stress/ folder, as the workbench does.</source>
        <translation>Salva anche il risultato nella cartella stress/ del progetto, come fa il workbench.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="70"/>
        <source>Broker URL (default: $STRATUS_NATS_URL, else the running cluster&apos;s).</source>
        <translation>URL del broker (predefinito: $STRATUS_NATS_URL, altrimenti quello del cluster in esecuzione).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="71"/>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::TestCommand</name>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="10"/>
        <source>Run a function&apos;s saved test events locally and compare the outputs.</source>
        <translation>Esegue in locale gli eventi di test salvati di una funzione e confronta gli output.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="16"/>
        <source>Replays every events/FUNCTION/NAME.json of the project through the function, locally
(no cluster needed), and compares each output with NAME.expected.json (JSON-aware).
An event without an expected output passes when the function answers ok.
Exit codes: 0 all passed, 1 a failure (or no saved events), 2 usage.
</source>
        <translation>Riproduce ogni events/FUNCTION/NAME.json del progetto attraverso la funzione, in locale
(nessun cluster necessario), e confronta ogni output con NAME.expected.json (tenendo conto del JSON).
Un evento senza output atteso è superato quando la funzione risponde ok.
Codici di uscita: 0 tutti superati, 1 un errore (o nessun evento salvato), 2 utilizzo.
</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="20"/>
        <source>The function&apos;s name in the manifest.</source>
        <translation>Il nome della funzione nel manifest.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="41"/>
        <source>PASS</source>
        <translation>SUPERATO</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="41"/>
        <source>FAIL</source>
        <translation>FALLITO</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="56"/>
        <source>%1: %2 of %3 passed</source>
        <translation>%1: %2 superati su %3</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.h" line="23"/>
        <source>Take the outputs as the new expected outputs instead of comparing.</source>
        <translation>Prende gli output come nuovi output attesi invece di confrontarli.</translation>
    </message>
</context>
<context>
    <name>Stratus::ClusterState</name>
    <message>
        <location filename="../core/clusterstate.cpp" line="31"/>
        <source>%1: not a cluster state file: %2</source>
        <translation>%1: non è un file di stato del cluster: %2</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="41"/>
        <location filename="../core/clusterstate.cpp" line="44"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::DatastoreClient</name>
    <message>
        <location filename="../core/datastoreclient.cpp" line="43"/>
        <source>the datastore is not running: nothing answers on %1</source>
        <translation>il datastore non è in esecuzione: nessuno risponde su %1</translation>
    </message>
    <message>
        <location filename="../core/datastoreclient.cpp" line="44"/>
        <source>datastore: %1</source>
        <translation>datastore: %1</translation>
    </message>
    <message>
        <location filename="../core/datastoreclient.cpp" line="151"/>
        <source>%1/%2: read %3 bytes of %4; the object changed while being read</source>
        <translation>%1/%2: letti %3 byte su %4; l&apos;oggetto è cambiato durante la lettura</translation>
    </message>
</context>
<context>
    <name>Stratus::DebugWrapper</name>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="59"/>
        <source>the python-debugpy debugger needs a Python command, not %1</source>
        <translation>il debugger python-debugpy richiede un comando Python, non %1</translation>
    </message>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="70"/>
        <source>the node debugger needs a node command, not %1</source>
        <translation>il debugger node richiede un comando node, non %1</translation>
    </message>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="78"/>
        <source>gdbserver is not installed (apt-get install gdbserver)</source>
        <translation>gdbserver non è installato (apt-get install gdbserver)</translation>
    </message>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="82"/>
        <source>unknown debugger runtime &quot;%1&quot; (python-debugpy, node or gdbserver)</source>
        <translation>runtime del debugger sconosciuto &quot;%1&quot; (python-debugpy, node o gdbserver)</translation>
    </message>
</context>
<context>
    <name>Stratus::DeployTarget</name>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="106"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="108"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="111"/>
        <source>nkey seed</source>
        <extracomment>Inserted into &quot;no %1 stored for target %2&quot;</extracomment>
        <translation>seed della nkey</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="121"/>
        <source>must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>deve avere da 1 a 64 lettere, cifre, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="132"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="147"/>
        <source>%1:1: the file must hold a JSON object</source>
        <translation>%1:1: il file deve contenere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="156"/>
        <source>must be %1</source>
        <translation>deve essere %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="161"/>
        <source>must be an array of targets</source>
        <translation>deve essere un array di destinazioni</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="170"/>
        <source>&quot;%1&quot; is used by an earlier target</source>
        <translation>&quot;%1&quot; è già usato da una destinazione precedente</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="179"/>
        <source>&quot;%1&quot; is not a nats:// or tls:// URL with a host</source>
        <translation>&quot;%1&quot; non è un URL nats:// o tls:// con un host</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="182"/>
        <source>holds credentials: keep them out of the repository (set &quot;auth&quot; and enter the secret in the Deploy panel or the environment)</source>
        <translation>contiene credenziali: tienile fuori dal repository (imposta &quot;auth&quot; e inserisci il segreto nel pannello Distribuzione o nell&apos;ambiente)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="188"/>
        <source>must name the remote cluster&apos;s NATS URL(s)</source>
        <translation>deve indicare gli URL NATS del cluster remoto</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="195"/>
        <location filename="../core/deploy/deploytarget.cpp" line="218"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; non è tra %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="201"/>
        <source>is required with &quot;auth&quot;: &quot;user&quot;</source>
        <translation>è obbligatorio con &quot;auth&quot;: &quot;user&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="204"/>
        <source>must be the public user nkey (starting with U) with &quot;auth&quot;: &quot;nkey&quot;</source>
        <translation>deve essere la nkey pubblica dell&apos;utente (che inizia con U) con &quot;auth&quot;: &quot;nkey&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="206"/>
        <source>is required with &quot;auth&quot;: &quot;creds&quot;</source>
        <translation>è obbligatorio con &quot;auth&quot;: &quot;creds&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="212"/>
        <source>must name the git remote the nodes fetch releases from</source>
        <translation>deve indicare il remoto git da cui i nodi scaricano le release</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="222"/>
        <source>is required with &quot;auth&quot;: &quot;ssh-key&quot;</source>
        <translation>è obbligatorio con &quot;auth&quot;: &quot;ssh-key&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="225"/>
        <source>holds a password: keep it out of the repository</source>
        <translation>contiene una password: tienila fuori dal repository</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="235"/>
        <source>must be from 1 to 100</source>
        <translation>deve essere da 1 a 100</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="238"/>
        <source>must be at least 1000</source>
        <translation>deve essere almeno 1000</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="284"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="299"/>
        <source>no deploy target &quot;%1&quot;: %2 declares none (add one in the Deploy panel or see docs/deploy.md)</source>
        <translation>nessuna destinazione di distribuzione &quot;%1&quot;: %2 non ne dichiara nessuna (aggiungine una nel pannello Distribuzione o vedi docs/deploy.md)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="302"/>
        <source>no deploy target &quot;%1&quot; in %2 (targets: %3)</source>
        <translation>nessuna destinazione di distribuzione &quot;%1&quot; in %2 (destinazioni: %3)</translation>
    </message>
</context>
<context>
    <name>Stratus::Deployer</name>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="52"/>
        <source>%1 failed and stays on no release: %2</source>
        <translation>%1 non è riuscito e resta senza release: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="56"/>
        <source>%1 failed and stays on release %2: %3</source>
        <translation>%1 non è riuscito e resta sulla release %2: %3</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="61"/>
        <source>release %1 runs on %2</source>
        <translation>la release %1 gira su %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="64"/>
        <source>release %1 runs nowhere: %2</source>
        <translation>la release %1 non gira da nessuna parte: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="66"/>
        <source>partial failure: release %1 runs on %2; %3</source>
        <translation>errore parziale: la release %1 gira su %2; %3</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="88"/>
        <source>no %1 stored for target %2: enter it in the Deploy panel&apos;s target settings, or set STRATUS_DEPLOY_SECRET</source>
        <extracomment>%1: what the secret is (&quot;password&quot;, &quot;token&quot;, &quot;nkey seed&quot;), %2: the target</extracomment>
        <translation>nessun segreto (%1) memorizzato per la destinazione %2: inseriscilo nelle impostazioni della destinazione nel pannello Distribuzione, o imposta STRATUS_DEPLOY_SECRET</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="105"/>
        <source>invalid manifest: %1</source>
        <translation>manifest non valido: %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="123"/>
        <source>invalid flows:
%1</source>
        <translation>flussi non validi:
%1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="131"/>
        <source>target %1: %2</source>
        <translation>destinazione %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="147"/>
        <source>cannot create an inbox</source>
        <translation>impossibile creare una inbox</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="153"/>
        <source>cannot subscribe to the status replies</source>
        <translation>impossibile sottoscriversi alle risposte di stato</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="158"/>
        <source>cannot ask the agents: %1</source>
        <translation>impossibile interrogare gli agenti: %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="191"/>
        <source>target %1: no agent answered at %2 (is stratus-agent running on the nodes, connected to this broker?)</source>
        <translation>destinazione %1: nessun agente ha risposto su %2 (stratus-agent è in esecuzione sui nodi, connesso a questo broker?)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="200"/>
        <source>%1 (deploy %2)</source>
        <translation>%1 (distribuzione %2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="203"/>
        <source>target %1: node(s) %2 did not answer (deploy.json lists them): nothing was deployed</source>
        <translation>destinazione %1: i nodi %2 non hanno risposto (deploy.json li elenca): non è stato distribuito nulla</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="207"/>
        <source>target %1: a deploy is in progress on %2; wait for it to end</source>
        <translation>destinazione %1: una distribuzione è in corso su %2; attendi che finisca</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="221"/>
        <location filename="../core/deploy/deployer.cpp" line="241"/>
        <source>not deployed, %1</source>
        <translation>non distribuito, %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="222"/>
        <source>project valid</source>
        <translation>progetto valido</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="234"/>
        <source>release %1 (commit %2)</source>
        <translation>release %1 (commit %2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="243"/>
        <source>%1 to %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="271"/>
        <source>%1 (keeps %2)</source>
        <translation>%1 (conserva %2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="272"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="275"/>
        <source>cannot roll back to %1: not kept on %2; nothing was changed</source>
        <translation>impossibile tornare a %1: non è conservata su %2; non è stato cambiato nulla</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="309"/>
        <source>agent timeout: %1 did not acknowledge the request (%2)</source>
        <translation>timeout dell&apos;agente: %1 non ha confermato la richiesta (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="320"/>
        <source>the agent refused the request</source>
        <translation>l&apos;agente ha rifiutato la richiesta</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="363"/>
        <source>agent timeout: %1 reported nothing for %2 s after &quot;%3&quot;; it may still finish (see `stratus remote status`)</source>
        <translation>timeout dell&apos;agente: %1 non ha comunicato nulla per %2 s dopo &quot;%3&quot;; potrebbe ancora terminare (vedi `stratus remote status`)</translation>
    </message>
</context>
<context>
    <name>Stratus::EventRecorder</name>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="40"/>
        <source>nothing is recorded: the stream %1 does not exist (it is created when the cluster starts; is the cluster running this build?)</source>
        <translation>non è registrato nulla: lo stream %1 non esiste (viene creato all&apos;avvio del cluster; il cluster esegue questa build?)</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="45"/>
        <source>cannot read the stream %1: %2</source>
        <translation>impossibile leggere lo stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="64"/>
        <source>cannot set the limits of the stream %1: %2</source>
        <translation>impossibile impostare i limiti dello stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="66"/>
        <source>cannot pause the stream %1: %2</source>
        <translation>impossibile mettere in pausa lo stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="70"/>
        <source>cannot resume the stream %1: %2</source>
        <translation>impossibile riprendere lo stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="111"/>
        <source>cannot create the stream %1: %2</source>
        <translation>impossibile creare lo stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="116"/>
        <source>cannot look up the stream %1: %2</source>
        <translation>impossibile cercare lo stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="182"/>
        <source>cannot clear the stream %1: %2</source>
        <translation>impossibile svuotare lo stream %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::EventStore</name>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="77"/>
        <location filename="../core/debug/eventstore.cpp" line="92"/>
        <source>cannot read the recorded events: %1</source>
        <translation>impossibile leggere gli eventi registrati: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="102"/>
        <source>reading the recorded events: %1</source>
        <translation>lettura degli eventi registrati: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="171"/>
        <source>there is no event e%1 (never recorded, expired by the recording limits, or cleared)</source>
        <translation>non esiste l&apos;evento e%1 (mai registrato, scaduto per i limiti di registrazione, o cancellato)</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="175"/>
        <source>cannot read event e%1: %2</source>
        <translation>impossibile leggere l&apos;evento e%1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="222"/>
        <source>no recorded event has the id &quot;%1&quot; (an event id like e42, a request id or a flow run id; `stratus events ls` lists them)</source>
        <translation>nessun evento registrato ha l&apos;id &quot;%1&quot; (un id di evento come e42, un id di richiesta o un id di esecuzione di flusso; `stratus events ls` li elenca)</translation>
    </message>
</context>
<context>
    <name>Stratus::Flow</name>
    <message>
        <location filename="../core/flow.cpp" line="72"/>
        <source>unknown key%1 (known keys: %2; tools&apos; own keys start with &quot;x-&quot;)</source>
        <extracomment>%1: empty, or a space and where the key is (&quot; in node &apos;fetch&apos;&quot;); %2: the known keys</extracomment>
        <translation>chiave sconosciuta%1 (chiavi note: %2; le chiavi proprie degli strumenti iniziano con &quot;x-&quot;)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="85"/>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="89"/>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="104"/>
        <source>must be an integer</source>
        <translation>deve essere un intero</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="116"/>
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="128"/>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="153"/>
        <source>must be an object {maxAttempts, backoffMs, backoffMultiplier, maxBackoffMs}</source>
        <translation>deve essere un oggetto {maxAttempts, backoffMs, backoffMultiplier, maxBackoffMs}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="167"/>
        <source>unknown key %1</source>
        <extracomment>%1: where the key is (&quot;in node &apos;fetch&apos;&quot;)</extracomment>
        <translation>chiave sconosciuta %1</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="183"/>
        <source>must be an object {&quot;x&quot;: number, &quot;y&quot;: number}%1</source>
        <extracomment>%1: empty, or a space and where the position is (&quot; in node &apos;fetch&apos;&quot;)</extracomment>
        <translation>deve essere un oggetto {&quot;x&quot;: numero, &quot;y&quot;: numero}%1</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="198"/>
        <source>in node &apos;%1&apos;</source>
        <extracomment>Where a misplaced key is, inserted into &quot;unknown key %1&quot;</extracomment>
        <translation>nel nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="210"/>
        <source>&apos;%1&apos; is not a node kind (%2)</source>
        <translation>&apos;%1&apos; non è un tipo di nodo (%2)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="231"/>
        <source>in edge %1 -&gt; %2</source>
        <extracomment>Where a misplaced key is, inserted into &quot;unknown key %1&quot;</extracomment>
        <translation>nell&apos;arco %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="243"/>
        <source>&apos;%1&apos; is not an edge kind (%2)</source>
        <translation>&apos;%1&apos; non è un tipo di arco (%2)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="391"/>
        <source>%1:1: a flow file must be a JSON object {&quot;version&quot;: 1, &quot;start&quot;: ..., &quot;nodes&quot;: [...], &quot;edges&quot;: [...]}</source>
        <translation>%1:1: un file di flusso deve essere un oggetto JSON {&quot;version&quot;: 1, &quot;start&quot;: ..., &quot;nodes&quot;: [...], &quot;edges&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="406"/>
        <source>is required (&quot;version&quot;: %1)</source>
        <translation>è obbligatorio (&quot;version&quot;: %1)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="411"/>
        <source>version %1 is newer than this workbench understands (%2); update Stratus Workbench to open this flow</source>
        <translation>la versione %1 è più recente di quella che questo workbench comprende (%2); aggiorna Stratus Workbench per aprire questo flusso</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="416"/>
        <source>must be %1</source>
        <translation>deve essere %1</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="430"/>
        <source>is required (an array of nodes)</source>
        <translation>è obbligatorio (un array di nodi)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="430"/>
        <source>must be an array of nodes</source>
        <translation>deve essere un array di nodi</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="436"/>
        <source>must be an object {&quot;id&quot;: ..., &quot;kind&quot;: ...}</source>
        <translation>deve essere un oggetto {&quot;id&quot;: ..., &quot;kind&quot;: ...}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="443"/>
        <source>must be an array of edges</source>
        <translation>deve essere un array di archi</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="449"/>
        <source>must be an object {&quot;from&quot;: ..., &quot;to&quot;: ...}</source>
        <translation>deve essere un oggetto {&quot;from&quot;: ..., &quot;to&quot;: ...}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="501"/>
        <location filename="../core/flow.cpp" line="504"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowExpression</name>
    <message>
        <location filename="../core/flowexpression.cpp" line="170"/>
        <source>the expression is empty</source>
        <translation>l&apos;espressione è vuota</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="178"/>
        <source>unexpected number after the end of the expression</source>
        <translation>numero inatteso dopo la fine dell&apos;espressione</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="180"/>
        <source>unexpected string after the end of the expression</source>
        <translation>stringa inattesa dopo la fine dell&apos;espressione</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="181"/>
        <source>unexpected &apos;%1&apos; after the end of the expression</source>
        <translation>&apos;%1&apos; inatteso dopo la fine dell&apos;espressione</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="194"/>
        <location filename="../core/flowexpression.cpp" line="716"/>
        <source>at column %1: %2</source>
        <extracomment>%2: what is wrong there (a whole sentence)</extracomment>
        <translation>alla colonna %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="238"/>
        <source>unexpected &apos;%1&apos; in a number</source>
        <translation>&apos;%1&apos; inatteso in un numero</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="244"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; non è un numero</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="251"/>
        <location filename="../core/flowexpression.cpp" line="260"/>
        <source>unterminated string (no closing %1)</source>
        <translation>stringa non terminata (manca il %1 di chiusura)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="281"/>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u richiede quattro cifre esadecimali</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="288"/>
        <source>unknown escape &apos;\%1&apos; in a string (use \n \t \r \\ \&apos; \&quot; \uXXXX)</source>
        <translation>sequenza di escape sconosciuta &apos;\%1&apos; in una stringa (usa \n \t \r \\ \&apos; \&quot; \uXXXX)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="313"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carattere inatteso &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="348"/>
        <source>the expression nests deeper than %1 levels</source>
        <translation>l&apos;espressione ha più di %1 livelli di annidamento</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="380"/>
        <source>expected &apos;:&apos; after the &apos;then&apos; branch of ?: (at column %1)</source>
        <translation>atteso &apos;:&apos; dopo il ramo &apos;then&apos; di ?: (alla colonna %1)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="472"/>
        <source>expected a property name after &apos;.&apos;</source>
        <translation>atteso il nome di una proprietà dopo &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="485"/>
        <source>expected &apos;]&apos; after the index (opened at column %1)</source>
        <translation>atteso &apos;]&apos; dopo l&apos;indice (aperto alla colonna %1)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="517"/>
        <source>unexpected end of the expression (expected a value)</source>
        <translation>fine inattesa dell&apos;espressione (atteso un valore)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="528"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>atteso &apos;)&apos; per chiudere la &apos;(&apos; alla colonna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="539"/>
        <source>unexpected &apos;%1&apos; (expected a value)</source>
        <translation>&apos;%1&apos; inatteso (atteso un valore)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="559"/>
        <source>%1 is a function: call it as %1(...)</source>
        <translation>%1 è una funzione: chiamala come %1(...)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="560"/>
        <source>unknown variable &apos;%1&apos; (variables: %2)</source>
        <translation>variabile sconosciuta &apos;%1&apos; (variabili: %2)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="573"/>
        <source>unknown function &apos;%1&apos; (functions: %2)</source>
        <translation>funzione sconosciuta &apos;%1&apos; (funzioni: %2)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="591"/>
        <source>expected &apos;,&apos; or &apos;)&apos; after the arguments of %1</source>
        <translation>atteso &apos;,&apos; o &apos;)&apos; dopo gli argomenti di %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="601"/>
        <source>%1 takes at least %2 arguments, not %3</source>
        <translation>%1 accetta almeno %2 argomenti, non %3</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="606"/>
        <source>%1 takes %2 or %3 arguments, not %4</source>
        <translation>%1 accetta %2 o %3 argomenti, non %4</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="612"/>
        <source>%1 takes 1 argument, not %2</source>
        <translation>%1 accetta 1 argomento, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="614"/>
        <source>%1 takes %2 arguments, not %3</source>
        <translation>%1 accetta %2 argomenti, non %3</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="638"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the array opened at column %1</source>
        <translation>atteso &apos;,&apos; o &apos;]&apos; nell&apos;array aperto alla colonna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="658"/>
        <source>expected a key (a name or a quoted string) in the object opened at column %1</source>
        <translation>attesa una chiave (un nome o una stringa tra virgolette) nell&apos;oggetto aperto alla colonna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="666"/>
        <source>expected &apos;:&apos; after the key &apos;%1&apos;</source>
        <translation>atteso &apos;:&apos; dopo la chiave &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="683"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the object opened at column %1</source>
        <translation>atteso &apos;,&apos; o &apos;}&apos; nell&apos;oggetto aperto alla colonna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="723"/>
        <source>the expression needs more than %1 steps on this data; simplify it or split the data</source>
        <translation>l&apos;espressione richiede più di %1 passi su questi dati; semplificala o dividi i dati</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="739"/>
        <source>%1 needs a number, not %2</source>
        <translation>%1 richiede un numero, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="746"/>
        <source>%1 needs a string, not %2</source>
        <translation>%1 richiede una stringa, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="782"/>
        <source>unary +: &apos;%1&apos; is not a number</source>
        <translation>+ unario: &apos;%1&apos; non è un numero</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="783"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; non è un numero</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="790"/>
        <source>unary + cannot make a number of %1</source>
        <translation>il + unario non può ricavare un numero da %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="791"/>
        <source>%1 cannot make a number of %2</source>
        <translation>%1 non può ricavare un numero da %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="852"/>
        <source>comparison needs two numbers or two strings, not %1 and %2</source>
        <translation>il confronto richiede due numeri o due stringhe, non %1 e %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="916"/>
        <source>unary - needs a number, not %1</source>
        <translation>il - unario richiede un numero, non %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1005"/>
        <source>the string from + would have %1 characters, more than the limit of %2</source>
        <translation>la stringa prodotta da + avrebbe %1 caratteri, oltre il limite di %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1013"/>
        <source>+ needs two numbers, or a string on one side, not %1 and %2</source>
        <translation>+ richiede due numeri, o una stringa da un lato, non %1 e %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1027"/>
        <source>%1 needs two numbers, not %2 and %3</source>
        <translation>%1 richiede due numeri, non %2 e %3</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1037"/>
        <source>division by zero</source>
        <translation>divisione per zero</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1047"/>
        <source>%1 overflows (the result is not a finite number)</source>
        <translation>%1 va in overflow (il risultato non è un numero finito)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1067"/>
        <source>%1 needs numbers, not %2</source>
        <translation>%1 richiede numeri, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1100"/>
        <source>%1 needs a string, an array or an object, not %2</source>
        <translation>%1 richiede una stringa, un array o un oggetto, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1105"/>
        <source>%1 needs an object, not %2</source>
        <translation>%1 richiede un oggetto, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1120"/>
        <source>has(object, key) needs a string key, not %1</source>
        <translation>has(object, key) richiede una chiave stringa, non %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1124"/>
        <source>has(array, index) needs a number index, not %1</source>
        <translation>has(array, index) richiede un indice numerico, non %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1129"/>
        <source>%1 needs an object or an array, not %2</source>
        <translation>%1 richiede un oggetto o un array, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1135"/>
        <source>the string from str would have %1 characters, more than the limit of %2</source>
        <translation>la stringa prodotta da str avrebbe %1 caratteri, oltre il limite di %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1167"/>
        <source>%1 needs an array of numbers, not %2</source>
        <translation>%1 richiede un array di numeri, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1176"/>
        <source>%1 of an empty array</source>
        <translation>%1 di un array vuoto</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1207"/>
        <location filename="../core/flowexpression.cpp" line="1260"/>
        <source>%1 needs a string or an array, not %2</source>
        <translation>%1 richiede una stringa o un array, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1225"/>
        <source>the array from split would have %1 elements, more than the limit of %2</source>
        <translation>l&apos;array prodotto da split avrebbe %1 elementi, oltre il limite di %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1235"/>
        <source>%1 needs an array, not %2</source>
        <translation>%1 richiede un array, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1249"/>
        <source>the string from join would have %1 characters, more than the limit of %2</source>
        <translation>la stringa prodotta da join avrebbe %1 caratteri, oltre il limite di %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1264"/>
        <source>slice&apos;s start needs a number, not %1</source>
        <translation>l&apos;inizio di slice richiede un numero, non %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1271"/>
        <source>slice&apos;s end needs a number, not %1</source>
        <translation>la fine di slice richiede un numero, non %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1302"/>
        <source>replace needs a non-empty text to replace</source>
        <translation>replace richiede un testo da sostituire non vuoto</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1305"/>
        <source>the string from replace would have %1 characters, more than the limit of %2</source>
        <translation>la stringa prodotta da replace avrebbe %1 caratteri, oltre il limite di %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1321"/>
        <source>%1 needs objects, not %2</source>
        <translation>%1 richiede oggetti, non %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1340"/>
        <source>json: the text is not valid JSON (%1)</source>
        <translation>json: il testo non è JSON valido (%1)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1341"/>
        <source>json: the text is not valid JSON</source>
        <translation>json: il testo non è JSON valido</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1357"/>
        <source>the expression is %1 characters long, more than the limit of %2</source>
        <translation>l&apos;espressione è lunga %1 caratteri, oltre il limite di %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowValidator</name>
    <message>
        <location filename="../core/flowvalidator.cpp" line="90"/>
        <source>%1 is %2; it must be from %3 to %4</source>
        <extracomment>%1: a setting (&quot;timeoutMs&quot;, &quot;retry.maxAttempts&quot;); %2: its value; %3 and %4: the limits</extracomment>
        <translation>%1 vale %2; deve essere da %3 a %4</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="124"/>
        <source>&apos;%1&apos; is not a valid node id (letters, digits, &apos;-&apos; and &apos;_&apos;, 1 to 64 characters)</source>
        <translation>&apos;%1&apos; non è un id di nodo valido (lettere, cifre, &apos;-&apos; e &apos;_&apos;, da 1 a 64 caratteri)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="129"/>
        <source>%1 nodes have the id &apos;%2&apos;; node ids must be unique: rename all but one</source>
        <translation>%1 nodi hanno l&apos;id &apos;%2&apos;; gli id dei nodi devono essere unici: rinominali tutti tranne uno</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="145"/>
        <source>a function node needs a function: set &quot;function&quot; to the name of one</source>
        <translation>un nodo function ha bisogno di una funzione: imposta &quot;function&quot; al nome di una</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="148"/>
        <source>no function &apos;%1&apos; is known (check the name against the project&apos;s functions)</source>
        <translation>nessuna funzione &apos;%1&apos; è nota (verifica il nome rispetto alle funzioni del progetto)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="154"/>
        <source>a modify node needs an expression giving its output (e.g. &quot;{n: input.n}&quot;)</source>
        <translation>un nodo modify ha bisogno di un&apos;espressione che ne dia l&apos;output (ad es. &quot;{n: input.n}&quot;)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="165"/>
        <source>&quot;function&quot; is ignored on a %1 node</source>
        <extracomment>%1: a node kind, a keyword of flow files (choice, modify, ...): not translated</extracomment>
        <translation>&quot;function&quot; è ignorato su un nodo %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="172"/>
        <source>&quot;expression&quot; is ignored on a %1 node</source>
        <translation>&quot;expression&quot; è ignorato su un nodo %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="182"/>
        <source>retry.backoffMultiplier is %1; it must be from 1 to 10</source>
        <translation>retry.backoffMultiplier vale %1; deve essere da 1 a 10</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="186"/>
        <source>&quot;timeoutMs&quot; is ignored on a %1 node</source>
        <translation>&quot;timeoutMs&quot; è ignorato su un nodo %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="188"/>
        <source>&quot;retry&quot; is ignored on a %1 node (only function and map nodes are retried)</source>
        <translation>&quot;retry&quot; è ignorato su un nodo %1 (solo i nodi function e map vengono ritentati)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="197"/>
        <source>the flow has no start node: set &quot;start&quot; to the id of its first node</source>
        <translation>il flusso non ha un nodo iniziale: imposta &quot;start&quot; all&apos;id del suo primo nodo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="199"/>
        <source>start: there is no node &apos;%1&apos; (set &quot;start&quot; to the id of the first node)</source>
        <translation>start: non c&apos;è nessun nodo &apos;%1&apos; (imposta &quot;start&quot; all&apos;id del primo nodo)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="213"/>
        <source>there is no node &apos;%1&apos; (the edge&apos;s &quot;from&quot;)</source>
        <translation>non c&apos;è nessun nodo &apos;%1&apos; (il &quot;from&quot; dell&apos;arco)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="215"/>
        <source>there is no node &apos;%1&apos; (the edge&apos;s &quot;to&quot;)</source>
        <translation>non c&apos;è nessun nodo &apos;%1&apos; (il &quot;to&quot; dell&apos;arco)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="223"/>
        <source>the flow has this %1 edge twice: remove one</source>
        <translation>il flusso ha questo arco %1 due volte: rimuovine uno</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="231"/>
        <source>only the next edges leaving a choice node have conditions: remove this condition</source>
        <translation>solo gli archi next che escono da un nodo choice hanno condizioni: rimuovi questa condizione</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="234"/>
        <source>only a next edge leaving a choice node can be its default</source>
        <translation>solo un arco next che esce da un nodo choice può esserne il default</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="236"/>
        <source>the default edge of a choice has no condition (it is taken when no other is true): remove the condition or &quot;default&quot;</source>
        <translation>l&apos;arco default di un choice non ha condizione (viene preso quando nessun&apos;altra è vera): rimuovi la condizione o &quot;default&quot;</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="239"/>
        <source>a choice&apos;s branch needs a condition (or &quot;default&quot;: true)</source>
        <translation>un ramo di un choice ha bisogno di una condizione (o di &quot;default&quot;: true)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="244"/>
        <source>only map nodes have body edges (this one leaves a %1 node)</source>
        <translation>solo i nodi map hanno archi body (questo esce da un nodo %1)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="284"/>
        <source>%1 outgoing next edges (to %2); only parallel and choice nodes branch: keep one, or put a parallel or choice node after this one</source>
        <translation>%1 archi next in uscita (verso %2); solo i nodi parallel e choice si diramano: tienine uno, o metti un nodo parallel o choice dopo questo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="296"/>
        <source>a choice needs a default edge, taken when no condition is true: mark one outgoing edge &quot;default&quot;: true</source>
        <translation>un choice ha bisogno di un arco default, preso quando nessuna condizione è vera: marca un arco in uscita con &quot;default&quot;: true</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="299"/>
        <source>the choice already has a default edge (to &apos;%1&apos;); a choice has exactly one</source>
        <translation>il choice ha già un arco default (verso &apos;%1&apos;); un choice ne ha esattamente uno</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="306"/>
        <source>a parallel node with 1 outgoing next edge runs nothing in parallel</source>
        <translation>un nodo parallel con 1 arco next in uscita non esegue nulla in parallelo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="307"/>
        <source>a parallel node with %1 outgoing next edges runs nothing in parallel</source>
        <translation>un nodo parallel con %1 archi next in uscita non esegue nulla in parallelo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="312"/>
        <source>a join needs at least two incoming edges (it has %1)</source>
        <translation>un join ha bisogno di almeno due archi in entrata (ne ha %1)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="321"/>
        <source>an end node ends the run, so it has no outgoing edges: remove the edge to %1</source>
        <translation>un nodo end termina l&apos;esecuzione, quindi non ha archi in uscita: rimuovi l&apos;arco verso %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="323"/>
        <source>an end node ends the run, so it has no outgoing edges: remove the edges to %1</source>
        <translation>un nodo end termina l&apos;esecuzione, quindi non ha archi in uscita: rimuovi gli archi verso %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="328"/>
        <source>&apos;%1&apos; already has an error edge (to &apos;%2&apos;); a node has at most one</source>
        <translation>&apos;%1&apos; ha già un arco error (verso &apos;%2&apos;); un nodo ne ha al massimo uno</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="335"/>
        <source>a %1 node cannot fail, so this error edge is never taken</source>
        <extracomment>%1: a node kind, a keyword of flow files (choice, parallel, join): not translated</extracomment>
        <translation>un nodo %1 non può fallire, quindi questo arco error non viene mai preso</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="339"/>
        <source>a map node needs a body edge to the first node of the sub-path it runs for each element</source>
        <translation>un nodo map ha bisogno di un arco body verso il primo nodo del sotto-percorso che esegue per ogni elemento</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="341"/>
        <source>a map node has exactly one body edge (it has %1)</source>
        <translation>un nodo map ha esattamente un arco body (ne ha %1)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="371"/>
        <source>cycle: %1; a flow is acyclic: remove one of these edges</source>
        <translation>ciclo: %1; un flusso è aciclico: rimuovi uno di questi archi</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="415"/>
        <source>not reachable from the start node &apos;%1&apos;: connect it or delete it</source>
        <translation>non raggiungibile dal nodo iniziale &apos;%1&apos;: collegalo o eliminalo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="449"/>
        <source>the main path</source>
        <extracomment>Inserted as %1 or %2 into &quot;leaves %1 (...)&quot; and &quot;leads into %1 from %2 (...)&quot;</extracomment>
        <translation>il percorso principale</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="449"/>
        <source>the sub-path of map &apos;%1&apos;</source>
        <translation>il sotto-percorso del map &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="460"/>
        <source>leaves %1 (&apos;%2&apos; is also on the main path); a map&apos;s sub-path must end inside it, at the node whose output is the element&apos;s result</source>
        <translation>esce da %1 (&apos;%2&apos; è anche sul percorso principale); il sotto-percorso di un map deve finire al suo interno, nel nodo il cui output è il risultato dell&apos;elemento</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="465"/>
        <source>leads into %1 from %2; only the map&apos;s body edge enters its sub-path</source>
        <translation>entra in %1 da %2; solo l&apos;arco body del map entra nel suo sotto-percorso</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="478"/>
        <source>an end node cannot be inside the sub-path of map &apos;%1&apos; (the run would end in the middle of the map)</source>
        <translation>un nodo end non può stare nel sotto-percorso del map &apos;%1&apos; (l&apos;esecuzione finirebbe a metà del map)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="489"/>
        <source>the sub-path of the map has %1 last nodes (%2); it needs exactly one, whose output is the element&apos;s result: join the branches</source>
        <translation>il sotto-percorso del map ha %1 nodi finali (%2); ne serve esattamente uno, il cui output è il risultato dell&apos;elemento: unisci i rami</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="494"/>
        <source>the sub-path of the map has no last node (a node without outgoing next edges gives the element&apos;s result)</source>
        <translation>il sotto-percorso del map non ha un nodo finale (un nodo senza archi next in uscita dà il risultato dell&apos;elemento)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="512"/>
        <source>the run would stop at &apos;%1&apos; without a result; connect it to an end node</source>
        <translation>l&apos;esecuzione si fermerebbe a &apos;%1&apos; senza un risultato; collegalo a un nodo end</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="518"/>
        <source>no end node is reachable from the start node &apos;%1&apos;: the run gives no result</source>
        <translation>nessun nodo end è raggiungibile dal nodo iniziale &apos;%1&apos;: l&apos;esecuzione non dà alcun risultato</translation>
    </message>
</context>
<context>
    <name>Stratus::FunctionReplayer</name>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="81"/>
        <source>the event must be a JSON object: %1&apos;s arguments take fields from it</source>
        <translation>l&apos;evento deve essere un oggetto JSON: gli argomenti di %1 ne prendono dei campi</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="99"/>
        <source>the event has no field &quot;%1&quot; (argument template {{%1}} of %2)</source>
        <translation>l&apos;evento non ha il campo &quot;%1&quot; (modello di argomento {{%1}} di %2)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="149"/>
        <source>%1 declares no function &quot;%2&quot;</source>
        <translation>%1 non dichiara alcuna funzione &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="159"/>
        <source>%1: command &apos;%2&apos; not found or not executable (PATH=%3, workdir %4)</source>
        <translation>%1: comando &apos;%2&apos; non trovato o non eseguibile (PATH=%3, cartella di lavoro %4)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="174"/>
        <source>port %1 is already in use: another debug session (or another program) listens there; change debug.port of %2</source>
        <translation>la porta %1 è già in uso: un&apos;altra sessione di debug (o un altro programma) è in ascolto lì; cambia debug.port di %2</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="204"/>
        <source>output-too-large: %1 wrote more than maxOutputBytes (%2)</source>
        <extracomment>&quot;output-too-large&quot; is the status code: keep it</extracomment>
        <translation>output-too-large: %1 ha scritto più di maxOutputBytes (%2)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="216"/>
        <source>spawn-failed: %1: %2</source>
        <extracomment>&quot;spawn-failed&quot; is the status code: keep it</extracomment>
        <translation>spawn-failed: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="243"/>
        <source>no debugger attached to %1:%2 within %3 ms; the replay was stopped (%4)</source>
        <translation>nessun debugger si è collegato a %1:%2 entro %3 ms; la riesecuzione è stata fermata (%4)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="255"/>
        <source>timeout: %1 did not answer within %2 ms; its process group was killed</source>
        <extracomment>&quot;timeout&quot; is the status code: keep it</extracomment>
        <translation>timeout: %1 non ha risposto entro %2 ms; il suo gruppo di processi è stato terminato</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="272"/>
        <source>crashed: %1 was killed by a signal</source>
        <extracomment>&quot;crashed&quot; is the status code: keep it</extracomment>
        <translation>crashed: %1 è stato terminato da un segnale</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="278"/>
        <source>function-error: %1 exited with code %2</source>
        <extracomment>&quot;function-error&quot; is the status code: keep it</extracomment>
        <translation>function-error: %1 è uscito con codice %2</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="293"/>
        <source>the replay was cancelled</source>
        <translation>la riesecuzione è stata annullata</translation>
    </message>
</context>
<context>
    <name>Stratus::HttpDriver</name>
    <message>
        <location filename="../core/stress/httpdriver.cpp" line="54"/>
        <source>cannot resolve %1: %2</source>
        <translation>impossibile risolvere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/httpdriver.cpp" line="74"/>
        <source>cannot create epoll/timerfd: %1</source>
        <translation>impossibile creare epoll/timerfd: %1</translation>
    </message>
    <message>
        <location filename="../core/stress/httpdriver.cpp" line="88"/>
        <source>cannot connect to %1:%2: %3</source>
        <translation>impossibile connettersi a %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Stratus::JsonDiff</name>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="36"/>
        <source>(nothing)</source>
        <translation>(niente)</translation>
    </message>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="54"/>
        <source>%1: added %2</source>
        <extracomment>%1: where in the JSON value (&quot;$.items[0]&quot;), %2: the value added there</extracomment>
        <translation>%1: aggiunto %2</translation>
    </message>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="57"/>
        <source>%1: removed %2</source>
        <extracomment>%1: where in the JSON value (&quot;$.items[0]&quot;), %2: the value removed there</extracomment>
        <translation>%1: rimosso %2</translation>
    </message>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="169"/>
        <source>identical</source>
        <translation>identico</translation>
    </message>
</context>
<context>
    <name>Stratus::JsonLocator</name>
    <message>
        <location filename="../core/jsonlocator.cpp" line="117"/>
        <source>%1: no such file</source>
        <translation>%1: file inesistente</translation>
    </message>
    <message>
        <location filename="../core/jsonlocator.cpp" line="119"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <location filename="../core/jsonlocator.cpp" line="131"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: JSON non valido: %4</translation>
    </message>
</context>
<context>
    <name>Stratus::KvBucket</name>
    <message>
        <location filename="../core/kvbucket.cpp" line="98"/>
        <source>cannot create the key-value bucket %1: %2</source>
        <translation>impossibile creare il bucket chiave-valore %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="100"/>
        <source>cannot look up the key-value bucket %1: %2</source>
        <translation>impossibile trovare il bucket chiave-valore %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="107"/>
        <source>cannot set the size limit of the key-value bucket %1: %2</source>
        <translation>impossibile impostare il limite di dimensione del bucket chiave-valore %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="121"/>
        <source>cannot open the key-value bucket %1: %2</source>
        <translation>impossibile aprire il bucket chiave-valore %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="179"/>
        <source>writing %1 keys to bucket %2: %3</source>
        <translation>scrittura di %1 chiavi nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="191"/>
        <source>reading %1 from bucket %2: %3</source>
        <translation>lettura di %1 dal bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="218"/>
        <source>writing %1 in bucket %2: %3</source>
        <translation>scrittura di %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="228"/>
        <source>creating %1 in bucket %2: %3</source>
        <translation>creazione di %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="238"/>
        <source>updating %1 in bucket %2: %3</source>
        <translation>aggiornamento di %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="247"/>
        <location filename="../core/kvbucket.cpp" line="266"/>
        <source>deleting %1 in bucket %2: %3</source>
        <translation>eliminazione di %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="255"/>
        <source>cannot create a delete marker for %1</source>
        <translation>impossibile creare un marcatore di eliminazione per %1</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="282"/>
        <source>purging %1 in bucket %2: %3</source>
        <translation>pulizia di %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="293"/>
        <location filename="../core/kvbucket.cpp" line="300"/>
        <source>listing %1 in bucket %2: %3</source>
        <translation>elenco di %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="319"/>
        <location filename="../core/kvbucket.cpp" line="326"/>
        <source>listing keys %1 in bucket %2: %3</source>
        <translation>elenco delle chiavi %1 nel bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="344"/>
        <source>reading the size of bucket %1: %2</source>
        <translation>lettura della dimensione del bucket %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::LatencyHistogram</name>
    <message>
        <location filename="../core/stress/latencyhistogram.cpp" line="127"/>
        <source>histogram: subBucketBits must be %1</source>
        <translation>histogram: subBucketBits deve essere %1</translation>
    </message>
    <message>
        <location filename="../core/stress/latencyhistogram.cpp" line="136"/>
        <source>histogram: buckets: each must be [index 0..%1, count &gt;= 0]</source>
        <translation>histogram: buckets: ognuno deve essere [indice 0..%1, conteggio &gt;= 0]</translation>
    </message>
    <message>
        <location filename="../core/stress/latencyhistogram.cpp" line="143"/>
        <source>histogram: count does not match the buckets</source>
        <translation>histogram: count non corrisponde ai bucket</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadEngine</name>
    <message>
        <location filename="../core/stress/loadengine.cpp" line="31"/>
        <source>a stress run is already in progress</source>
        <translation>un test di carico è già in corso</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadPlan</name>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="44"/>
        <source>a NATS target needs a subject and a broker URL</source>
        <translation>un target NATS ha bisogno di un subject e di un URL del broker</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="46"/>
        <source>the per-request timeout must be a positive number of milliseconds</source>
        <translation>il timeout per richiesta deve essere un numero positivo di millisecondi</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="49"/>
        <source>concurrency (-c) must be 1 to 100000</source>
        <translation>la concorrenza (-c) deve essere da 1 a 100000</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="51"/>
        <source>give a number of requests (-n) of at least 1, or a duration (-z)</source>
        <translation>indica un numero di richieste (-n) di almeno 1, o una durata (-z)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="53"/>
        <source>the number of requests (-n %1) cannot be smaller than the concurrency (-c %2)</source>
        <translation>il numero di richieste (-n %1) non può essere minore della concorrenza (-c %2)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="58"/>
        <source>the rate limit per worker (-q) must not be negative</source>
        <translation>il limite di frequenza per worker (-q) non deve essere negativo</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="60"/>
        <source>the profile sends no request</source>
        <translation>il profilo non invia alcuna richiesta</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="63"/>
        <source>maxInFlight and maxConnections must be at least 1</source>
        <translation>maxInFlight e maxConnections devono essere almeno 1</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="82"/>
        <location filename="../core/stress/loadplan.cpp" line="84"/>
        <source>must be a whole number &gt;= 1</source>
        <translation>deve essere un numero intero &gt;= 1</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="86"/>
        <source>must be a number &gt;= 0 (requests per second per worker)</source>
        <translation>deve essere un numero &gt;= 0 (richieste al secondo per worker)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="109"/>
        <source>must be a positive whole number of milliseconds</source>
        <translation>deve essere un numero intero positivo di millisecondi</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="116"/>
        <source>must be a positive whole number</source>
        <translation>deve essere un numero intero positivo</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="153"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="158"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON non valido al byte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="160"/>
        <source>%1: a profile must be a JSON object</source>
        <translation>%1: un profilo deve essere un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadProfile</name>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="151"/>
        <source>must not be negative</source>
        <translation>non deve essere negativo</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="157"/>
        <source>must be a duration like &quot;500ms&quot;, &quot;10s&quot;, &quot;2m&quot;, &quot;1h&quot; or a number of seconds</source>
        <translation>deve essere una durata come &quot;500ms&quot;, &quot;10s&quot;, &quot;2m&quot;, &quot;1h&quot; o un numero di secondi</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="179"/>
        <source>missing (requests per second, a number &gt;= 0)</source>
        <translation>mancante (richieste al secondo, un numero &gt;= 0)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="180"/>
        <source>must be a number of requests per second &gt;= 0</source>
        <translation>deve essere un numero di richieste al secondo &gt;= 0</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="189"/>
        <source>missing (a duration like &quot;10s&quot;)</source>
        <translation>mancante (una durata come &quot;10s&quot;)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="212"/>
        <source>must be a whole number of steps, 1 to 10000</source>
        <translation>deve essere un numero intero di gradini, da 1 a 10000</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="218"/>
        <source>makes a step&apos;s rate negative</source>
        <translation>rende negativa la frequenza di un gradino</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="228"/>
        <source>the spike (at + spikeDuration) must end within duration</source>
        <translation>il picco (at + spikeDuration) deve finire entro duration</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="240"/>
        <source>must be a non-empty array of phases</source>
        <translation>deve essere un array non vuoto di fasi</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="245"/>
        <source>must be an object {&quot;rate&quot;, &quot;duration&quot;} or {&quot;from&quot;, &quot;to&quot;, &quot;duration&quot;}</source>
        <translation>deve essere un oggetto {&quot;rate&quot;, &quot;duration&quot;} o {&quot;from&quot;, &quot;to&quot;, &quot;duration&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="262"/>
        <source>unknown profile &quot;%1&quot; (one of constant, ramp, steps, spike, seed, phases)</source>
        <translation>profilo sconosciuto &quot;%1&quot; (uno tra constant, ramp, steps, spike, seed, phases)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="267"/>
        <source>the profile must last longer than 0 s</source>
        <translation>il profilo deve durare più di 0 s</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="269"/>
        <source>the profile sends no request (every rate is 0)</source>
        <translation>il profilo non invia alcuna richiesta (ogni frequenza è 0)</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadTarget</name>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="25"/>
        <source>the target is empty (a function name, flow:NAME, subject:SUBJECT or an http:// URL)</source>
        <translation>il target è vuoto (un nome di funzione, flow:NOME, subject:SUBJECT o un URL http://)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="30"/>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 non è un URL valido: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="32"/>
        <source>%1: https is not supported by the stress engine; load the local gateway over http://</source>
        <translation>%1: https non è supportato dal motore di stress; carica il gateway locale via http://</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="44"/>
        <source>%1: a subject must be non-empty, without spaces or wildcards</source>
        <translation>%1: un subject deve essere non vuoto, senza spazi né caratteri jolly</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="51"/>
        <source>%1: a function or flow name needs a project (stratus.json); or give subject:SUBJECT or an http:// URL</source>
        <translation>%1: un nome di funzione o di flusso richiede un progetto (stratus.json); oppure indica subject:SUBJECT o un URL http://</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="78"/>
        <source>%1 declares no flow &quot;%2&quot; (targets: %3)</source>
        <translation>%1 non dichiara nessun flusso &quot;%2&quot; (target: %3)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="81"/>
        <source>%1 declares no function &quot;%2&quot; (targets: %3)</source>
        <translation>%1 non dichiara nessuna funzione &quot;%2&quot; (target: %3)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="83"/>
        <source>%1 declares no function or flow &quot;%2&quot; (targets: %3)</source>
        <translation>%1 non dichiara nessuna funzione né flusso &quot;%2&quot; (target: %3)</translation>
    </message>
</context>
<context>
    <name>Stratus::ManagedProcess</name>
    <message>
        <location filename="../core/managedprocess.cpp" line="137"/>
        <source>cannot start %1: %2</source>
        <translation>impossibile avviare %1: %2</translation>
    </message>
    <message>
        <location filename="../core/managedprocess.cpp" line="242"/>
        <source>was killed by a signal</source>
        <extracomment>Follows the process&apos;s name: &quot;invoker.echo-py.0 was killed by a signal&quot;</extracomment>
        <translation>è stato terminato da un segnale</translation>
    </message>
    <message>
        <location filename="../core/managedprocess.cpp" line="245"/>
        <source>exited with code %1</source>
        <extracomment>Follows the process&apos;s name: &quot;invoker.echo-py.0 exited with code 1&quot;</extracomment>
        <translation>è uscito con codice %1</translation>
    </message>
</context>
<context>
    <name>Stratus::Manifest</name>
    <message>
        <location filename="../core/manifest.cpp" line="44"/>
        <source>unknown key (known keys: %1)</source>
        <translation>chiave sconosciuta (chiavi note: %1)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="54"/>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="58"/>
        <source>must be a non-empty string</source>
        <translation>deve essere una stringa non vuota</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="72"/>
        <source>must be an integer from %1 to %2</source>
        <translation>deve essere un intero da %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="110"/>
        <source>must be an object {runtime, port, waitMs}</source>
        <translation>deve essere un oggetto {runtime, port, waitMs}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="120"/>
        <source>python-pdb is not supported: pdb reads its commands from stdin, which carries the event; use python-debugpy</source>
        <translation>python-pdb non è supportato: pdb legge i suoi comandi da stdin, che trasporta l&apos;evento; usa python-debugpy</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="126"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>deve essere uno tra %1, non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="138"/>
        <source>must be an object {maxBytes, maxAgeSeconds, maxMessages}</source>
        <translation>deve essere un oggetto {maxBytes, maxAgeSeconds, maxMessages}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="152"/>
        <source>must be -1 (no limit) or a positive number</source>
        <translation>deve essere -1 (nessun limite) o un numero positivo</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="169"/>
        <location filename="../core/manifest.cpp" line="287"/>
        <source>&apos;%1&apos; is not a valid name (letters, digits, &apos;-&apos; and &apos;_&apos;, at most 64)</source>
        <translation>&apos;%1&apos; non è un nome valido (lettere, cifre, &apos;-&apos; e &apos;_&apos;, al massimo 64)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="178"/>
        <source>must be an array of strings</source>
        <translation>deve essere un array di stringhe</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="184"/>
        <location filename="../core/manifest.cpp" line="232"/>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="198"/>
        <location filename="../core/manifest.cpp" line="204"/>
        <location filename="../core/manifest.cpp" line="297"/>
        <source>&apos;%1&apos; is not a NATS subject without wildcards</source>
        <translation>&apos;%1&apos; non è un subject NATS senza caratteri jolly</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="214"/>
        <source>must be &quot;cold&quot; or &quot;warm&quot;, not &quot;%1&quot;</source>
        <translation>deve essere &quot;cold&quot; o &quot;warm&quot;, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="226"/>
        <source>must be an object of strings</source>
        <translation>deve essere un oggetto di stringhe</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="250"/>
        <source>must be an array of {id, name, topic}</source>
        <translation>deve essere un array di {id, name, topic}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="259"/>
        <source>must be an object {id, name, topic}</source>
        <translation>deve essere un oggetto {id, name, topic}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="270"/>
        <location filename="../core/manifest.cpp" line="337"/>
        <location filename="../core/manifest.cpp" line="461"/>
        <source>&apos;%1&apos; is declared twice</source>
        <translation>&apos;%1&apos; è dichiarato due volte</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="310"/>
        <source>must be &quot;all&quot;, &quot;failed&quot; or &quot;none&quot;, not &quot;%1&quot;</source>
        <translation>deve essere &quot;all&quot;, &quot;failed&quot; o &quot;none&quot;, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="323"/>
        <source>must be an array of {name, ...}</source>
        <translation>deve essere un array di {name, ...}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="331"/>
        <location filename="../core/manifest.cpp" line="349"/>
        <location filename="../core/manifest.cpp" line="443"/>
        <location filename="../core/manifest.cpp" line="456"/>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="362"/>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="376"/>
        <source>&apos;%1&apos; is already the trigger of %2</source>
        <translation>&apos;%1&apos; è già il trigger di %2</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="385"/>
        <source>function %1</source>
        <extracomment>Who has the trigger, inserted into &quot;&apos;%1&apos; is already the trigger of %2&quot;; &quot;function&quot; and &quot;flow&quot; are the manifest&apos;s words</extracomment>
        <translation>function %1</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="388"/>
        <source>flow %1</source>
        <translation>flow %1</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="401"/>
        <source>%1: no such file (a project needs a %2 manifest)</source>
        <translation>%1: file inesistente (un progetto ha bisogno di un manifest %2)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="403"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="418"/>
        <source>%1:1: the manifest must be a JSON object</source>
        <translation>%1:1: il manifest deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="427"/>
        <source>version %1 is newer than this workbench understands (1)</source>
        <translation>la versione %1 è più recente di quella che questo workbench comprende (1)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="449"/>
        <source>is required (an array of functions)</source>
        <translation>è obbligatorio (un array di funzioni)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="449"/>
        <source>must be an array</source>
        <translation>deve essere un array</translation>
    </message>
</context>
<context>
    <name>Stratus::NatsClient</name>
    <message>
        <location filename="../core/natsclient.cpp" line="17"/>
        <source>timed out waiting for a reply</source>
        <translation>tempo scaduto in attesa di una risposta</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="19"/>
        <source>no responders: nothing is subscribed to that subject (is the function deployed and its invoker running?)</source>
        <translation>nessuno risponde: nessuno è sottoscritto a quel subject (la funzione è distribuita e il suo invoker è in esecuzione?)</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="22"/>
        <source>no broker reachable at that URL (is the cluster up?)</source>
        <translation>nessun broker raggiungibile a quell&apos;URL (il cluster è avviato?)</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="24"/>
        <source>the connection to the broker is closed</source>
        <translation>la connessione al broker è chiusa</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="26"/>
        <source>the payload is larger than the broker&apos;s max_payload</source>
        <translation>il payload è più grande del max_payload del broker</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="36"/>
        <source>cannot create NATS options</source>
        <translation>impossibile creare le opzioni NATS</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="50"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="61"/>
        <source>cannot create a message for %1</source>
        <translation>impossibile creare un messaggio per %1</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="93"/>
        <source>publish on %1: %2</source>
        <translation>pubblicazione su %1: %2</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="101"/>
        <source>flush: %1</source>
        <translation>flush: %1</translation>
    </message>
</context>
<context>
    <name>Stratus::NatsConnectOptions</name>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="93"/>
        <source>no NATS URL to connect to</source>
        <translation>nessun URL NATS a cui connettersi</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="96"/>
        <source>cannot create NATS options</source>
        <translation>impossibile creare le opzioni NATS</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="120"/>
        <source>the nkey %1 has no seed stored: enter it in the target&apos;s settings</source>
        <translation>la nkey %1 non ha alcun seed memorizzato: inseriscilo nelle impostazioni della destinazione</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="126"/>
        <source>the credentials file %1 cannot be read</source>
        <translation>il file di credenziali %1 non può essere letto</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="129"/>
        <source>the credentials file %1 is not a NATS .creds file: %2</source>
        <translation>il file di credenziali %1 non è un file .creds di NATS: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="135"/>
        <source>the TLS CA file %1 cannot be loaded: %2</source>
        <translation>il file CA TLS %1 non può essere caricato: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="149"/>
        <source>user name or password</source>
        <extracomment>Inserted as %2 into &quot;authentication failed at %1: the broker refused the %2 (...)&quot;</extracomment>
        <translation>il nome utente o la password</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="150"/>
        <source>token</source>
        <translation>il token</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="151"/>
        <source>nkey</source>
        <translation>la nkey</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="152"/>
        <source>credentials file</source>
        <translation>il file di credenziali</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="153"/>
        <source>anonymous connection</source>
        <translation>la connessione anonima</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="156"/>
        <source>authentication failed at %1: the broker refused the %2 (check the target&apos;s credentials)</source>
        <translation>autenticazione non riuscita su %1: il broker ha rifiutato %2 (controlla le credenziali della destinazione)</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="159"/>
        <source>authentication failed at %1: the broker refused the %2 (check the target&apos;s credentials); the broker said: %3</source>
        <translation>autenticazione non riuscita su %1: il broker ha rifiutato %2 (controlla le credenziali della destinazione); il broker ha detto: %3</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="166"/>
        <source>TLS failed at %1: %2</source>
        <translation>TLS non riuscito su %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="168"/>
        <source>unreachable: no NATS server answers at %1 (is the address right and the cluster up?)</source>
        <translation>irraggiungibile: nessun server NATS risponde su %1 (l&apos;indirizzo è giusto e il cluster è attivo?)</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="173"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::NatsDriver</name>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="27"/>
        <source>cannot create NATS options</source>
        <translation>impossibile creare le opzioni NATS</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="41"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="46"/>
        <source>cannot create an inbox</source>
        <translation>impossibile creare una inbox</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="54"/>
        <source>cannot subscribe to the reply inbox: %1</source>
        <translation>impossibile sottoscriversi alla inbox delle risposte: %1</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="61"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 non risponde: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::PayloadTemplate</name>
    <message>
        <location filename="../core/stress/payloadtemplate.cpp" line="25"/>
        <source>payload template: &quot;{{&quot; at byte %1 is never closed with &quot;}}&quot;</source>
        <translation>modello del payload: &quot;{{&quot; al byte %1 non è mai chiuso con &quot;}}&quot;</translation>
    </message>
    <message>
        <location filename="../core/stress/payloadtemplate.cpp" line="47"/>
        <source>payload template: {{%1}} at byte %2: write {{rand:MIN:MAX}} with integers MIN &lt;= MAX</source>
        <translation>modello del payload: {{%1}} al byte %2: scrivi {{rand:MIN:MAX}} con interi MIN &lt;= MAX</translation>
    </message>
    <message>
        <location filename="../core/stress/payloadtemplate.cpp" line="52"/>
        <source>payload template: unknown variable {{%1}} at byte %2 (known: seq, rand:MIN:MAX, timestamp, timestamp_ms, timestamp_us, uuid)</source>
        <translation>modello del payload: variabile sconosciuta {{%1}} al byte %2 (variabili note: seq, rand:MIN:MAX, timestamp, timestamp_ms, timestamp_us, uuid)</translation>
    </message>
</context>
<context>
    <name>Stratus::RecordedEvent</name>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="37"/>
        <source>truncated: %1, not kept (flow records keep values up to 64 KiB)</source>
        <translation>troncato: %1, non conservato (i record dei flussi conservano valori fino a 64 KiB)</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="45"/>
        <source>truncated: %1, the record keeps the first 64 KiB; the rest is not kept</source>
        <translation>troncato: %1, il record conserva i primi 64 KiB; il resto non è conservato</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="47"/>
        <source>truncated: %1, kept in the datastore as %2 while its run lives (its TTL)</source>
        <translation>troncato: %1, conservato nel datastore come %2 finché vive la sua esecuzione (il suo TTL)</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="113"/>
        <source>event e%1 on %2 is not a JSON record: %3</source>
        <translation>l&apos;evento e%1 su %2 non è un record JSON: %3</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="115"/>
        <source>not an object</source>
        <translation>non è un oggetto</translation>
    </message>
</context>
<context>
    <name>Stratus::RegistryClient</name>
    <message>
        <location filename="../core/registryclient.cpp" line="29"/>
        <source>the registry is not running: nothing answers on %1</source>
        <translation>il registro non è in esecuzione: nessuno risponde su %1</translation>
    </message>
    <message>
        <location filename="../core/registryclient.cpp" line="30"/>
        <source>registry: %1</source>
        <translation>registro: %1</translation>
    </message>
    <message>
        <location filename="../core/registryclient.cpp" line="53"/>
        <source>registry: a put reply without an entry</source>
        <translation>registro: una risposta a put senza voce</translation>
    </message>
    <message>
        <location filename="../core/registryclient.cpp" line="68"/>
        <source>registry: a get reply without an entry</source>
        <translation>registro: una risposta a get senza voce</translation>
    </message>
</context>
<context>
    <name>Stratus::RegistryEntry</name>
    <message>
        <location filename="../core/registryentry.cpp" line="30"/>
        <source>must be a non-empty string</source>
        <translation>deve essere una stringa non vuota</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="42"/>
        <source>must be an integer from %1 to %2</source>
        <translation>deve essere un intero da %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="52"/>
        <location filename="../core/registryentry.cpp" line="67"/>
        <source>unknown field (known fields: %1)</source>
        <translation>campo sconosciuto (campi noti: %1)</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="77"/>
        <location filename="../core/registryentry.cpp" line="125"/>
        <source>must be a non-empty NATS subject without wildcards or spaces</source>
        <translation>deve essere un subject NATS non vuoto, senza caratteri jolly né spazi</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="83"/>
        <location filename="../core/registryentry.cpp" line="120"/>
        <location filename="../core/registryentry.cpp" line="137"/>
        <location filename="../core/registryentry.cpp" line="164"/>
        <source>must be a string</source>
        <translation>deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="105"/>
        <location filename="../core/registryentry.cpp" line="208"/>
        <location filename="../core/registryentry.cpp" line="225"/>
        <source>must be letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64), starting with a letter or digit</source>
        <translation>deve essere composto da lettere, cifre, &apos;-&apos; e &apos;_&apos; (al massimo 64), e iniziare con una lettera o una cifra</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="115"/>
        <source>must be an array of strings</source>
        <translation>deve essere un array di stringhe</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="132"/>
        <source>must be empty or a NATS subject without wildcards or spaces</source>
        <translation>deve essere vuoto o un subject NATS senza caratteri jolly né spazi</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="143"/>
        <source>must be &quot;cold&quot; or &quot;warm&quot;</source>
        <translation>deve essere &quot;cold&quot; o &quot;warm&quot;</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="159"/>
        <source>must be an object of strings</source>
        <translation>deve essere un oggetto di stringhe</translation>
    </message>
</context>
<context>
    <name>Stratus::ReleaseGit</name>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="85"/>
        <source>git authentication failed at %1: check the target&apos;s git user and password, token or key (%2)</source>
        <translation>autenticazione git non riuscita su %1: controlla utente e password, token o chiave git della destinazione (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="92"/>
        <source>push rejected by %1: its deploy ref has moved on (someone else deployed): run `stratus releases TARGET` to fetch the remote&apos;s releases, then deploy again (%2)</source>
        <translation>push rifiutato da %1: il suo ref di distribuzione è andato avanti (qualcun altro ha distribuito): esegui `stratus releases TARGET` per scaricare le release del remoto, poi distribuisci di nuovo (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="100"/>
        <source>the git remote %1 does not exist or cannot be read (%2)</source>
        <translation>il remoto git %1 non esiste o non può essere letto (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="113"/>
        <location filename="../core/deploy/releasegit.cpp" line="387"/>
        <source>the git remote %1 is not a valid remote</source>
        <translation>il remoto git %1 non è un remoto valido</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="128"/>
        <source>fetch from %1 failed: %2</source>
        <translation>fetch da %1 non riuscito: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="139"/>
        <source>%1 is not in a git repository: releases are git commits (run `git init` there, or create the project from the workbench)</source>
        <translation>%1 non è in un repository git: le release sono commit git (esegui `git init` lì, o crea il progetto dal workbench)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="146"/>
        <source>cannot open the git repository of %1</source>
        <translation>impossibile aprire il repository git di %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="151"/>
        <source>%1 is inside a bare git repository</source>
        <translation>%1 è dentro un repository git bare</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="165"/>
        <source>cannot create an index</source>
        <translation>impossibile creare un indice</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="200"/>
        <location filename="../core/deploy/releasegit.cpp" line="206"/>
        <source>cannot store %1</source>
        <translation>impossibile memorizzare %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="213"/>
        <source>cannot add %1 to the snapshot</source>
        <translation>impossibile aggiungere %1 all&apos;istantanea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="220"/>
        <source>cannot write the snapshot&apos;s tree</source>
        <translation>impossibile scrivere l&apos;albero dell&apos;istantanea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="244"/>
        <source>no such release: %1</source>
        <translation>release inesistente: %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="296"/>
        <source>cannot read the snapshot&apos;s tree</source>
        <translation>impossibile leggere l&apos;albero dell&apos;istantanea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="325"/>
        <source>cannot commit the snapshot on %1</source>
        <translation>impossibile fare il commit dell&apos;istantanea su %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="330"/>
        <source>cannot read the snapshot&apos;s commit</source>
        <translation>impossibile leggere il commit dell&apos;istantanea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="336"/>
        <source>cannot tag release %1</source>
        <translation>impossibile creare il tag della release %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="371"/>
        <source>cannot move %1 back</source>
        <translation>impossibile riportare indietro %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="403"/>
        <source>push to %1 failed: %2</source>
        <translation>push su %1 non riuscito: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="406"/>
        <source>push rejected by %1: %2</source>
        <translation>push rifiutato da %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="435"/>
        <source>cannot list the tags of %1</source>
        <translation>impossibile elencare i tag di %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="486"/>
        <source>cannot read the project&apos;s snapshot</source>
        <translation>impossibile leggere l&apos;istantanea del progetto</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="493"/>
        <source>cannot diff release %1 with the project</source>
        <translation>impossibile confrontare la release %1 con il progetto</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="499"/>
        <source>cannot format the diff</source>
        <translation>impossibile formattare il diff</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="514"/>
        <source>cannot create the release cache %1</source>
        <translation>impossibile creare la cache delle release %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="525"/>
        <source>%1 has no %2 (was the release pushed?)</source>
        <translation>%1 non ha %2 (la release è stata inviata con push?)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="531"/>
        <source>%1 on %2 names commit %3, not %4 as the deploy request says</source>
        <translation>%1 su %2 indica il commit %3, non %4 come dice la richiesta di distribuzione</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="544"/>
        <source>cannot open the release cache %1</source>
        <translation>impossibile aprire la cache delle release %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="552"/>
        <source>%1 exists already</source>
        <translation>%1 esiste già</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="555"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="562"/>
        <source>cannot check %1 out into %2</source>
        <translation>impossibile estrarre %1 in %2</translation>
    </message>
</context>
<context>
    <name>Stratus::SavedEvents</name>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="18"/>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="22"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="31"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="76"/>
        <source>cannot remove the stale %1</source>
        <translation>impossibile rimuovere il vecchio %1</translation>
    </message>
</context>
<context>
    <name>Stratus::SavedEventsRunner</name>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="25"/>
        <source>%1 declares no function &quot;%2&quot;</source>
        <translation>%1 non dichiara alcuna funzione &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="31"/>
        <source>%1 has no saved events (no %2/*.json; save one with `stratus events save EVENT NAME` or &quot;Save as Test Event&quot; in the Debugger panel)</source>
        <translation>%1 non ha eventi salvati (nessun %2/*.json; salvane uno con `stratus events save EVENTO NOME` o &quot;Salva come evento di test&quot; nel pannello Debugger)</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="64"/>
        <source>failed: %1</source>
        <translation>fallito: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="69"/>
        <source>updated: the output is now the expected one</source>
        <translation>aggiornato: l&apos;output è ora quello atteso</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="74"/>
        <source>passed (ran ok; no expected output saved to compare with)</source>
        <translation>superato (eseguito con esito ok; nessun output atteso salvato con cui confrontare)</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="80"/>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="81"/>
        <source>failed: the output differs from %1:
%2</source>
        <translation>fallito: l&apos;output differisce da %1:
%2</translation>
    </message>
</context>
<context>
    <name>Stratus::SecretStore</name>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="106"/>
        <source>the keychain cannot read %1: %2</source>
        <translation>il portachiavi non può leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="126"/>
        <source>the keychain cannot store %1: %2</source>
        <translation>il portachiavi non può memorizzare %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="154"/>
        <source>%1 is readable by other users (mode %2): run chmod 600 on it and consider changing the secrets it holds</source>
        <translation>%1 è leggibile da altri utenti (modo %2): esegui chmod 600 su di esso e valuta di cambiare i segreti che contiene</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="159"/>
        <location filename="../core/deploy/secretstore.cpp" line="170"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="184"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="188"/>
        <location filename="../core/deploy/secretstore.cpp" line="191"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::StressRecorder</name>
    <message>
        <location filename="../core/stress/stressrecorder.cpp" line="165"/>
        <source>threshold %1 breached for %2 s (observed %3 over the last %4 s)</source>
        <translation>soglia %1 superata per %2 s (osservato %3 negli ultimi %4 s)</translation>
    </message>
</context>
<context>
    <name>Stratus::StressResult</name>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="65"/>
        <source>generator behind schedule: %1 requests late, max lag %2 ms, %3 sends held back by the in-flight/connection cap</source>
        <translation>generatore in ritardo sul programma: %1 richieste in ritardo, ritardo massimo %2 ms, %3 invii trattenuti dal limite di richieste in volo/connessioni</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="70"/>
        <source>generator behind schedule: %1 requests late, max lag %2 ms</source>
        <translation>generatore in ritardo sul programma: %1 richieste in ritardo, ritardo massimo %2 ms</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="161"/>
        <source>not a stress result (format 1)</source>
        <translation>non è un risultato di un test di carico (formato 1)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="218"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="221"/>
        <source>Summary:</source>
        <translation>Riepilogo:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="222"/>
        <source>  Target:	%1</source>
        <translation>  Target:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="223"/>
        <source>  Load:		%1</source>
        <translation>  Carico:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="224"/>
        <source>  Total:	%1 secs</source>
        <translation>  Totale:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="225"/>
        <source>  Slowest:	%1 secs</source>
        <translation>  Più lenta:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="226"/>
        <source>  Fastest:	%1 secs</source>
        <translation>  Più veloce:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="227"/>
        <source>  Average:	%1 secs</source>
        <translation>  Media:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="228"/>
        <source>  Requests/sec:	%1</source>
        <translation>  Richieste/s:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="230"/>
        <source>  Sent:		%1 (ok %2, errors %3, cancelled %4)</source>
        <translation>  Inviate:	%1 (ok %2, errori %3, annullate %4)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="232"/>
        <source>  Total data:	%1 bytes</source>
        <translation>  Dati totali:	%1 byte</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="234"/>
        <source>  Stopped:	by the user after %1 s</source>
        <translation>  Fermato:	dall&apos;utente dopo %1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="236"/>
        <source>  Stopped:	%1</source>
        <translation>  Fermato:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="238"/>
        <source>Response time histogram:</source>
        <translation>Istogramma dei tempi di risposta:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="260"/>
        <source>Latency distribution:</source>
        <translation>Distribuzione della latenza:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="262"/>
        <source>  %1% in %2 secs</source>
        <translation>  %1% in %2 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="265"/>
        <source>Errors by class:</source>
        <translation>Errori per classe:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="267"/>
        <source>  [%1]	%2 responses</source>
        <translation>  [%1]	%2 risposte</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="275"/>
        <source>Generator: on schedule (%1 of %2 sends later than %3 ms; max lag %4 ms)</source>
        <translation>Generatore: nei tempi (%1 invii su %2 in ritardo di oltre %3 ms; ritardo massimo %4 ms)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="282"/>
        <source>Thresholds:</source>
        <translation>Soglie:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="287"/>
        <source>  %1	BREACHED (observed %2)</source>
        <translation>  %1	SUPERATA (osservato %2)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="287"/>
        <source>  %1	ok (observed %2)</source>
        <translation>  %1	ok (osservato %2)</translation>
    </message>
</context>
<context>
    <name>Stratus::StressRunStore</name>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="27"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="88"/>
        <source>no project folder to save the run in</source>
        <translation>nessuna cartella di progetto in cui salvare l&apos;esecuzione</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="90"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="141"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="146"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON non valido al byte %2: %3</translation>
    </message>
</context>
<context>
    <name>Stratus::Supervisor</name>
    <message>
        <location filename="../core/supervisor.cpp" line="297"/>
        <source>flow %1: %2</source>
        <translation>flusso %1: %2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="309"/>
        <source>the manifest&apos;s flows cannot run:
%1</source>
        <translation>i flussi del manifest non possono essere eseguiti:
%1</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="317"/>
        <source>a cluster for %1 is already running (supervisor PID %2); stop it first with `stratus cluster down`</source>
        <translation>un cluster per %1 è già in esecuzione (PID del supervisore %2); fermalo prima con `stratus cluster down`</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="323"/>
        <source>cannot create %1/%2</source>
        <translation>impossibile creare %1/%2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="348"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="356"/>
        <source>the cluster is already running; stop it first</source>
        <translation>il cluster è già in esecuzione; fermalo prima</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="380"/>
        <source>nats-server is not on PATH (install the nats-server package)</source>
        <translation>nats-server non è nel PATH (installa il pacchetto nats-server)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="382"/>
        <source>the broker %1 is not an executable file</source>
        <translation>il broker %1 non è un file eseguibile</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="394"/>
        <source>%1 is not an executable file (build the %2 target, or set the supervisor&apos;s binDir)</source>
        <translation>%1 non è un file eseguibile (compila il target %2, o imposta il binDir del supervisore)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="608"/>
        <source>the registry did not take the manifest %1: %2
(registry log: %3)</source>
        <translation>il registro non ha accettato il manifest %1: %2
(log del registro: %3)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="623"/>
        <source>%1 before it was ready</source>
        <extracomment>%1: what happened to the process (&quot;exited with code 1&quot;)</extracomment>
        <translation>%1 prima di essere pronto</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="665"/>
        <source>was not ready within %1 ms</source>
        <translation>non era pronto entro %1 ms</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="688"/>
        <source>%1 (%2, pid %3) %4</source>
        <extracomment>%1: the process&apos;s id (&quot;registry&quot;), %2: its program, %3: its PID, %4: what happened to it</extracomment>
        <translation>%1 (%2, pid %3) %4</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="689"/>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="693"/>
        <source>%1; its last output:
  %2</source>
        <extracomment>%1: what happened to a process, %2: the last lines it wrote</extracomment>
        <translation>%1; il suo ultimo output:
  %2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="695"/>
        <source>%1
(full log: %2)</source>
        <translation>%1
(log completo: %2)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="775"/>
        <source>cannot scale %1: the cluster is not running</source>
        <translation>impossibile scalare %1: il cluster non è in esecuzione</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="779"/>
        <source>cannot scale %1: the manifest declares no such function</source>
        <translation>impossibile scalare %1: il manifest non dichiara questa funzione</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="782"/>
        <source>cannot scale %1 to %2 replicas: from 0 to %3</source>
        <translation>impossibile scalare %1 a %2 repliche: da 0 a %3</translation>
    </message>
</context>
<context>
    <name>Stratus::Thresholds</name>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="19"/>
        <source>threshold &quot;%1&quot;: write METRIC&lt;LIMIT, e.g. p95&lt;20ms, p99&lt;=0.5s, mean&lt;5ms, max&lt;1s, errors&lt;1%</source>
        <translation>soglia &quot;%1&quot;: scrivi METRICA&lt;LIMITE, ad es. p95&lt;20ms, p99&lt;=0.5s, mean&lt;5ms, max&lt;1s, errors&lt;1%</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="32"/>
        <source>threshold &quot;%1&quot;: errors take a percentage, e.g. errors&lt;1%</source>
        <translation>soglia &quot;%1&quot;: errors vuole una percentuale, ad es. errors&lt;1%</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="39"/>
        <source>threshold &quot;%1&quot;: a latency takes us, ms or s</source>
        <translation>soglia &quot;%1&quot;: una latenza vuole us, ms o s</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="48"/>
        <source>threshold &quot;%1&quot;: the percentile must be in (0, 100]</source>
        <translation>soglia &quot;%1&quot;: il percentile deve essere in (0, 100]</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="69"/>
        <source>thresholds: each must be a string like &quot;p95&lt;20ms&quot;</source>
        <translation>soglie: ognuna deve essere una stringa come &quot;p95&lt;20ms&quot;</translation>
    </message>
</context>
<context>
    <name>TraceTable</name>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="29"/>
        <source>run %1 of flow %2: %3 in %4 (trace %5)</source>
        <translation>esecuzione %1 del flusso %2: %3 in %4 (traccia %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="32"/>
        <source>  error: %1</source>
        <translation>  errore: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>FUNCTION</source>
        <translation>FUNZIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>START</source>
        <translation>INIZIO</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>DURATION</source>
        <translation>DURATA</translation>
    </message>
</context>
<context>
    <name>stratus</name>
    <message>
        <location filename="../app/cli/projectlocation.cpp" line="18"/>
        <source>%1: no such project folder</source>
        <translation>%1: cartella del progetto inesistente</translation>
    </message>
    <message>
        <location filename="../app/cli/projectlocation.cpp" line="28"/>
        <source>no %1 in %2 or any folder above it; pass --project DIR</source>
        <translation>nessun %1 in %2 né in alcuna cartella sopra; usa --project DIR</translation>
    </message>
</context>
</TS>
