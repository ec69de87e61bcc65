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
    <name>Stratus::BrokerMonitor</name>
    <message>
        <location filename="../core/brokermonitor.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::ClusterPanel</name>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="33"/>
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="35"/>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="37"/>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="39"/>
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="41"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="56"/>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="59"/>
        <source>Start the broker and every function&apos;s invokers</source>
        <translation>Avvia il broker e gli invoker di ogni funzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="60"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="63"/>
        <source>Restart</source>
        <translation>Riavvia</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="67"/>
        <source>Restart process</source>
        <translation>Riavvia processo</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="72"/>
        <source>Kill</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="77"/>
        <source>Send SIGKILL, as a crash would: the supervisor restarts the process</source>
        <translation>Invia SIGKILL, come farebbe un crash: il supervisore riavvia il processo</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="80"/>
        <source>Replicas: </source>
        <translation>Repliche: </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="83"/>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="85"/>
        <source>Run this many invokers of the selected function</source>
        <translation>Esegui questo numero di invoker della funzione selezionata</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="122"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="155"/>
        <source>Monitoring unavailable:
%1</source>
        <translation>Monitoraggio non disponibile:
%1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="208"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/clusterpanel.cpp" line="249"/>
        <source>%1 now runs %n invoker(s).</source>
        <translation>
            <numerusform>%1 ora esegue %n invoker.</numerusform>
            <numerusform>%1 ora esegue %n invoker.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="273"/>
        <source>No cluster</source>
        <translation>Nessun cluster</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="277"/>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="283"/>
        <source>on CPU %1 while the load fits</source>
        <translation>sulla CPU %1 finché il carico ci sta</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="299"/>
        <source>Not running</source>
        <translation>Non in esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="304"/>
        <source>nats-server %1, up %2
</source>
        <translation>nats-server %1, attivo da %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="305"/>
        <source>Connections: %1
</source>
        <translation>Connessioni: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="306"/>
        <source>Messages in/out: %1 / %2
</source>
        <translation>Messaggi in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="307"/>
        <source>Bytes in/out: %1 / %2
</source>
        <translation>Byte in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="308"/>
        <source>Slow consumers: %1
</source>
        <translation>Consumatori lenti: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="310"/>
        <source>JetStream: %1 streams, %2 consumers, %3 messages
</source>
        <translation>JetStream: %1 stream, %2 consumatori, %3 messaggi
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="314"/>
        <source>JetStream memory: %1 of %2
</source>
        <translation>Memoria JetStream: %1 di %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="315"/>
        <source>JetStream storage: %1 of %2</source>
        <translation>Archiviazione JetStream: %1 di %2</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="317"/>
        <source>JetStream: off</source>
        <translation>JetStream: disattivato</translation>
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
    <name>Stratus::DebuggerPanel</name>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="94"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="95"/>
        <source>Load Older</source>
        <translation>Carica meno recenti</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="95"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="460"/>
        <source>Pause Recording</source>
        <translation>Sospendi registrazione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="96"/>
        <source>Clear…</source>
        <translation>Svuota…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="100"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="177"/>
        <source>Replay</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="101"/>
        <source>Run Edited Input</source>
        <translation>Esegui input modificato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="101"/>
        <source>Debug…</source>
        <translation>Debug…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="102"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="102"/>
        <source>Save as Test Event…</source>
        <translation>Salva come evento di test…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="103"/>
        <source>Run Saved Events</source>
        <translation>Esegui eventi salvati</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="107"/>
        <source>Search ids, inputs, outputs, stderr…</source>
        <translation>Cerca id, input, output, stderr…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="125"/>
        <source>Timings</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="126"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="158"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="127"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="128"/>
        <source>Stderr</source>
        <translation>Stderr</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="129"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="148"/>
        <source>Run the function locally with the recorded input (Ctrl+R)</source>
        <translation>Esegue la funzione in locale con l&apos;input registrato (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="149"/>
        <source>Run the function locally with the input as edited</source>
        <translation>Esegue la funzione in locale con l&apos;input modificato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="150"/>
        <source>Replay under the function&apos;s external debugger (its &quot;debug&quot; in stratus.json)</source>
        <translation>Riproduce sotto il debugger esterno della funzione (il suo &quot;debug&quot; in stratus.json)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="159"/>
        <source>Recorded output</source>
        <translation>Output registrato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="160"/>
        <source>Replayed output</source>
        <translation>Output riprodotto</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Test event</source>
        <translation>Evento di test</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="193"/>
        <source>Test Events</source>
        <translation>Eventi di test</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="194"/>
        <source>Flow Run</source>
        <translation>Esecuzione del flusso</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="213"/>
        <source>List the next %1 older events</source>
        <translation>Elenca altri %1 eventi meno recenti</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="226"/>
        <source>Save as Test Event</source>
        <translation>Salva come evento di test</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="227"/>
        <source>Name (saved as events/%1/NAME.json):</source>
        <translation>Nome (salvato come events/%1/NAME.json):</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="236"/>
        <source>Clear recorded events</source>
        <translation>Svuota eventi registrati</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="237"/>
        <source>Drop every recorded invocation and flow run of this cluster?</source>
        <translation>Eliminare ogni invocazione ed esecuzione di flusso registrata di questo cluster?</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="248"/>
        <source>%1. The replay waits for it, then runs at the debugger&apos;s pace; Cancel stops it.</source>
        <translation>%1. La riproduzione lo attende, poi procede al ritmo del debugger; Annulla la interrompe.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="254"/>
        <source>Debugger attached: the function runs at your debugger&apos;s pace.</source>
        <translation>Debugger collegato: la funzione procede al ritmo del tuo debugger.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="260"/>
        <source>pass</source>
        <translation>superato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="260"/>
        <source>FAIL</source>
        <translation>FALLITO</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="285"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="505"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="411"/>
        <source>No cluster is running: start it to see its recorded events.</source>
        <translation>Nessun cluster in esecuzione: avvialo per vederne gli eventi registrati.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="460"/>
        <source>Resume Recording</source>
        <translation>Riprendi registrazione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="462"/>
        <source>Recording %1 · %2 events, %3 of %4 · %5</source>
        <translation>Registrazione %1 · %2 eventi, %3 di %4 · %5</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="463"/>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="463"/>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="467"/>
        <source>kept %1 h</source>
        <translation>conservati %1 h</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="468"/>
        <source>kept until the size limit</source>
        <translation>conservati fino al limite di dimensione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="489"/>
        <source>%1 is not among the recorded events (recorded while paused, expired, or cleared).</source>
        <translation>%1 non è tra gli eventi registrati (registrato durante la pausa, scaduto o eliminato).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="508"/>
        <source>Function: %1</source>
        <translation>Funzione: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="510"/>
        <source>Flow: %1</source>
        <translation>Flusso: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="577"/>
        <source>Event      %1 (%2 %3)</source>
        <translation>Evento            %1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="578"/>
        <source>Id         %1</source>
        <translation>Id                %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="579"/>
        <source>Status     %1</source>
        <translation>Stato             %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="582"/>
        <source>Exit code  %1</source>
        <translation>Codice di uscita  %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="583"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="600"/>
        <source>Started    %1</source>
        <translation>Inizio            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="585"/>
        <source>Duration   %1 (from the invoker taking the event to its reply)</source>
        <translation>Durata            %1 (da quando l&apos;invoker prende l&apos;evento alla sua risposta)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="587"/>
        <source>Start      %1 (%2 mode)</source>
        <translation>Avvio             %1 (modalità %2)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="588"/>
        <source>cold: paid for a process start</source>
        <translation>a freddo: pagato l&apos;avvio di un processo</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="589"/>
        <source>warm: a running worker</source>
        <translation>a caldo: un worker in esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="591"/>
        <source>Invoker    %1, process %2</source>
        <translation>Invoker           %1, processo %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="594"/>
        <source>Subject    %1</source>
        <translation>Soggetto          %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="595"/>
        <source>Input      %1</source>
        <translation>Input             %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="597"/>
        <source>Output     %1</source>
        <translation>Output            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="602"/>
        <source>Duration   %1</source>
        <translation>Durata            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="603"/>
        <source>Node timings:</source>
        <translation>Tempi dei nodi:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="621"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="623"/>
        <source>Input %1</source>
        <translation>Input %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="625"/>
        <source>Output %1</source>
        <translation>Output %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="635"/>
        <source>(no output: %1)</source>
        <translation>(nessun output: %1)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="636"/>
        <source>(nothing on stderr)</source>
        <translation>(niente su stderr)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="651"/>
        <source>Flow runs are stepped through on their graph (Flow Run tab); replay runs functions.</source>
        <translation>Le esecuzioni dei flussi si seguono passo passo sul loro grafo (scheda Esecuzione del flusso); la riproduzione esegue funzioni.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="652"/>
        <source>Replay runs %1 on this machine with this input (Ctrl+R).</source>
        <translation>Riproduci esegue %1 su questa macchina con questo input (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="666"/>
        <source>A flow run has no environment of its own: each node&apos;s function runs in its own.</source>
        <translation>Un&apos;esecuzione di flusso non ha un ambiente proprio: la funzione di ogni nodo gira nel suo.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="672"/>
        <source>The open project declares no function %1: its environment is unknown.</source>
        <translation>Il progetto aperto non dichiara alcuna funzione %1: il suo ambiente è sconosciuto.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="680"/>
        <source># As the invoker set it, from the manifest&apos;s env and this event (a replay uses the same;</source>
        <translation># Come lo ha impostato l&apos;invoker, dall&apos;env del manifest e da questo evento (una riproduzione usa lo stesso;</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="681"/>
        <source># STRATUS_MODE is cold there: one event per process).</source>
        <translation># lì STRATUS_MODE è cold: un evento per processo).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="684"/>
        <source># Command: %1 %2 (in %3)</source>
        <translation># Comando: %1 %2 (in %3)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="687"/>
        <source># Debugger: %1 on %2:%3, waits %4 ms for it</source>
        <translation># Debugger: %1 su %2:%3, lo attende %4 ms</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="708"/>
        <source>Cannot show the run on its graph: %1</source>
        <translation>Impossibile mostrare l&apos;esecuzione sul suo grafo: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="768"/>
        <source>%1&apos;s input was %2: debug it with an input of your own (edit it, then Debug…)</source>
        <translation>L&apos;input di %1 era %2: esegui il debug con un input tuo (modificalo, poi Debug…)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="787"/>
        <source>running…</source>
        <translation>in esecuzione…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="790"/>
        <source>Starting %1 under its debugger…</source>
        <translation>Avvio di %1 sotto il suo debugger…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="791"/>
        <source>Running %1 locally…</source>
        <translation>Esecuzione di %1 in locale…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="821"/>
        <source>The replay failed (%1, %2): %3</source>
        <translation>La riproduzione non è riuscita (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="829"/>
        <source>Identical to the recorded output, compared as JSON; replayed in %1.</source>
        <translation>Identico all&apos;output registrato, confrontato come JSON; riprodotto in %1.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="830"/>
        <source>Identical to the recorded output; replayed in %1.</source>
        <translation>Identico all&apos;output registrato; riprodotto in %1.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="832"/>
        <source>no differences</source>
        <translation>nessuna differenza</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="839"/>
        <source>1 difference from the recorded output, compared as JSON; replayed in %1:</source>
        <translation>1 differenza dall&apos;output registrato, confrontato come JSON; riprodotto in %1:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="840"/>
        <source>%1 differences from the recorded output, compared as JSON; replayed in %2:</source>
        <translation>%1 differenze dall&apos;output registrato, confrontato come JSON; riprodotto in %2:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="852"/>
        <source>The output differs from the recorded one, line by line; replayed in %1:</source>
        <translation>L&apos;output differisce da quello registrato, riga per riga; riprodotto in %1:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="907"/>
        <source>Saved %1 with its expected output.</source>
        <translation>%1 salvato con il suo output atteso.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="908"/>
        <source>Saved %1 (no expected output: run it once and save again to add one).</source>
        <translation>%1 salvato (nessun output atteso: eseguilo una volta e salva di nuovo per aggiungerne uno).</translation>
    </message>
</context>
<context>
    <name>Stratus::DeployModel</name>
    <message>
        <location filename="../core/deploy/deploymodel.cpp" line="65"/>
        <source>no project is open</source>
        <translation>nessun progetto è aperto</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploymodel.cpp" line="67"/>
        <source>fix %1 first: %2</source>
        <translation>correggi prima %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploymodel.cpp" line="76"/>
        <source>a target named %1 exists already</source>
        <translation>esiste già una destinazione di nome %1</translation>
    </message>
</context>
<context>
    <name>Stratus::DeployPanel</name>
    <message>
        <location filename="../panels/deploypanel.cpp" line="52"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="53"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="53"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Invokers ready</source>
        <translation>Invoker pronti</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Kept</source>
        <translation>Conservate</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="57"/>
        <location filename="../panels/deploypanel.cpp" line="360"/>
        <source>Deploy</source>
        <translation>Distribuisci</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Running on</source>
        <translation>In esecuzione su</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="61"/>
        <source>Diff with Project</source>
        <translation>Confronta con il progetto</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="62"/>
        <source>Roll Back to Release</source>
        <translation>Torna alla release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="71"/>
        <source>What this release changes</source>
        <translation>Cosa cambia questa release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="88"/>
        <source>Select a release and press Diff with Project to see what changed since.</source>
        <translation>Seleziona una release e premi Confronta con il progetto per vedere cosa è cambiato da allora.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="93"/>
        <source>Target:</source>
        <translation>Destinazione:</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="119"/>
        <source>Releases</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="181"/>
        <source>Cannot diff release %1 with the project: %2</source>
        <translation>Impossibile confrontare la release %1 con il progetto: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="183"/>
        <source>The project is as release %1 left it: no change.</source>
        <translation>Il progetto è come lo ha lasciato la release %1: nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="185"/>
        <source>From release %1 to the project as it is now:

</source>
        <translation>Dalla release %1 al progetto com&apos;è ora:

</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="191"/>
        <source>The secrets of %1 were not stored: %2</source>
        <translation>I segreti di %1 non sono stati memorizzati: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="226"/>
        <source>Open a project to deploy it.</source>
        <translation>Apri un progetto per distribuirlo.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="230"/>
        <source>deploy.json cannot be used: %1</source>
        <translation>deploy.json non è utilizzabile: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="234"/>
        <source>No deploy target yet: press Add… to name a remote cluster and its git remote.</source>
        <translation>Ancora nessuna destinazione di distribuzione: premi Aggiungi… per indicare un cluster remoto e il suo remote git.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="241"/>
        <source>Not checked yet.</source>
        <translation>Non ancora verificato.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="244"/>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/deploypanel.cpp" line="248"/>
        <source>Reachable: %n node(s) answered at %1.</source>
        <translation>
            <numerusform>Raggiungibile: %n nodo ha risposto alle %1.</numerusform>
            <numerusform>Raggiungibile: %n nodi hanno risposto alle %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="250"/>
        <source>Releases: %1</source>
        <translation>Release: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="253"/>
        <source>Unreachable: %1</source>
        <translation>Non raggiungibile: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="279"/>
        <source>(not answering)</source>
        <translation>(non risponde)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="280"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="290"/>
        <source>deploying</source>
        <translation>distribuzione in corso</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="308"/>
        <source>tag %1, commit %2</source>
        <translation>tag %1, commit %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="360"/>
        <source>Deploying…</source>
        <translation>Distribuzione…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="363"/>
        <source>Select a release</source>
        <translation>Seleziona una release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="364"/>
        <source>Every node keeps %1: roll back to it</source>
        <translation>Ogni nodo conserva %1: torna a questa release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="365"/>
        <source>%1 is running, or not kept on every node</source>
        <translation>%1 è in esecuzione, o non è conservata su ogni nodo</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="375"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="431"/>
        <source>Remove Deploy Target</source>
        <translation>Rimuovi destinazione di distribuzione</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="432"/>
        <source>Remove %1 from deploy.json? The remote cluster and its releases are not touched.</source>
        <translation>Rimuovere %1 da deploy.json? Il cluster remoto e le sue release restano intatti.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="447"/>
        <source>Deploying to %1…</source>
        <translation>Distribuzione su %1…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="458"/>
        <source>Rolling %1 back to %2…</source>
        <translation>Ritorno di %1 a %2…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="468"/>
        <source>Comparing release %1 with the project…</source>
        <translation>Confronto della release %1 con il progetto…</translation>
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
    <name>Stratus::DeployTargetDialog</name>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="44"/>
        <source>New Deploy Target</source>
        <translation>Nuova destinazione di distribuzione</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="44"/>
        <source>Deploy Target %1</source>
        <translation>Destinazione di distribuzione %1</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="45"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="46"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="47"/>
        <source>User and password</source>
        <translation>Utente e password</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="48"/>
        <source>NKey</source>
        <translation>NKey</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="49"/>
        <source>Credentials file (.creds)</source>
        <translation>File di credenziali (.creds)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="51"/>
        <source>None (file path, public remote)</source>
        <translation>Nessuna (percorso di file, remote pubblico)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="52"/>
        <source>User and password or token (https)</source>
        <translation>Utente e password o token (https)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="53"/>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="54"/>
        <source>SSH key file</source>
        <translation>File di chiave SSH</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="58"/>
        <source>unchanged (stored in the keychain or the secrets file)</source>
        <translation>invariato (memorizzato nel portachiavi o nel file dei segreti)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="62"/>
        <source>any node that answers</source>
        <translation>qualsiasi nodo che risponda</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="66"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="76"/>
        <source>Remote cluster (NATS)</source>
        <translation>Cluster remoto (NATS)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="78"/>
        <source>URLs:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="79"/>
        <location filename="../panels/deploytargetdialog.cpp" line="88"/>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="80"/>
        <location filename="../panels/deploytargetdialog.cpp" line="89"/>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="81"/>
        <source>Secret:</source>
        <translation>Segreto:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="82"/>
        <source>NKey (public):</source>
        <translation>NKey (pubblica):</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="83"/>
        <source>Credentials file:</source>
        <translation>File di credenziali:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="84"/>
        <source>TLS CA file:</source>
        <translation>File CA TLS:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="85"/>
        <source>Releases (git)</source>
        <translation>Release (git)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="87"/>
        <source>Remote:</source>
        <translation>Remote:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="90"/>
        <source>Password, token or passphrase:</source>
        <translation>Password, token o passphrase:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="91"/>
        <source>SSH key file:</source>
        <translation>File di chiave SSH:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="93"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="94"/>
        <source>Nodes:</source>
        <translation>Nodi:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="95"/>
        <source>Releases kept per node:</source>
        <translation>Release conservate per nodo:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="96"/>
        <source>Node timeout:</source>
        <translation>Timeout del nodo:</translation>
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
    <name>Stratus::EditorPanel</name>
    <message>
        <location filename="../panels/editorpanel.cpp" line="26"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="26"/>
        <source>Save and &amp;Restart</source>
        <translation>Salva e &amp;riavvia</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="29"/>
        <source>Write the file to disk (Ctrl+S)</source>
        <translation>Scrive il file su disco (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="32"/>
        <source>Write the file, then restart the invokers of the functions that run it</source>
        <translation>Scrive il file, poi riavvia gli invoker delle funzioni che lo eseguono</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="55"/>
        <source>Double-click a file in the Project panel to edit it.</source>
        <translation>Fai doppio clic su un file nel pannello Progetto per modificarlo.</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="154"/>
        <source>Saving %1…</source>
        <translation>Salvataggio di %1…</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="166"/>
        <source>Saved %1; restarting its functions.</source>
        <translation>%1 salvato; riavvio delle sue funzioni.</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="167"/>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
</context>
<context>
    <name>Stratus::EventModel</name>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="65"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="69"/>
        <source>Function / flow</source>
        <translation>Funzione / flusso</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="71"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="73"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="75"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="77"/>
        <source>Request / run id</source>
        <translation>Id richiesta / esecuzione</translation>
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
    <name>Stratus::FlowDebugSession</name>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="111"/>
        <source>cannot create NATS options</source>
        <translation>impossibile creare le opzioni NATS</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="122"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="140"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>impossibile sottoscriversi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="184"/>
        <source>the edited input is not JSON: %1 at character %2</source>
        <translation>l&apos;input modificato non è JSON: %1 al carattere %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="187"/>
        <source>not one value</source>
        <translation>non è un solo valore</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="291"/>
        <source>the debug session was closed</source>
        <translation>la sessione di debug è stata chiusa</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="307"/>
        <source>flow %1: a breakpoint needs a node</source>
        <translation>flusso %1: un punto di interruzione richiede un nodo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="313"/>
        <source>flow %1: the condition of the breakpoint on node %2: %3</source>
        <translation>flusso %1: la condizione del punto di interruzione sul nodo %2: %3</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="373"/>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="426"/>
        <source>the debugger is not connected to the cluster</source>
        <translation>il debugger non è connesso al cluster</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="394"/>
        <source>re-run: choose the node to start from</source>
        <translation>riesecuzione: scegli il nodo da cui ripartire</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="396"/>
        <source>re-run: this is not a flow run&apos;s record (it has no &quot;nodes&quot;)</source>
        <translation>riesecuzione: questo non è il record di un&apos;esecuzione di flusso (non ha &quot;nodes&quot;)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="415"/>
        <source>re-run: the record keeps only the size of the run&apos;s input (over 64 KiB)</source>
        <translation>riesecuzione: il record conserva solo la dimensione dell&apos;input dell&apos;esecuzione (oltre 64 KiB)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="491"/>
        <source>no flow invoker is running</source>
        <translation>nessun invoker di flussi è in esecuzione</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="492"/>
        <source>no flow invoker holds run %1 paused (it may have finished or been released)</source>
        <translation>nessun invoker di flussi tiene in pausa l&apos;esecuzione %1 (potrebbe essere terminata o rilasciata)</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDiff</name>
    <message>
        <location filename="../core/flowedit/flowdiff.cpp" line="17"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDiffDialog</name>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="33"/>
        <source>Git revision:</source>
        <translation>Revisione git:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="33"/>
        <source>Another file:</source>
        <translation>Altro file:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="35"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="35"/>
        <source>Clear</source>
        <translation>Pulisci</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="38"/>
        <source>Compare Flow</source>
        <translation>Confronta flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="48"/>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="48"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="48"/>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="72"/>
        <source>a .flow.json file</source>
        <translation>un file .flow.json</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="84"/>
        <source>Compare with a flow file</source>
        <translation>Confronta con un file di flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="85"/>
        <source>Flows (*.flow.json);;JSON (*.json)</source>
        <translation>Flussi (*.flow.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="132"/>
        <source>the flow is not saved to a file yet</source>
        <translation>il flusso non è ancora salvato in un file</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="138"/>
        <source>reading the history…</source>
        <translation>lettura della cronologia…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="147"/>
        <source>no git history</source>
        <translation>nessuna cronologia git</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="151"/>
        <source>the file has not been committed yet</source>
        <translation>il file non è ancora stato committato</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="171"/>
        <source>Choose a revision to compare with.</source>
        <translation>Scegli una revisione con cui confrontare.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="179"/>
        <source>Choose a flow file to compare with.</source>
        <translation>Scegli un file di flusso con cui confrontare.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="184"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="195"/>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="218"/>
        <source>cannot compare with %1:
%2</source>
        <translation>impossibile confrontare con %1:
%2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="260"/>
        <source>flow</source>
        <translation>flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="262"/>
        <source>+ node %1</source>
        <translation>+ nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="264"/>
        <source>− node %1</source>
        <translation>− nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="266"/>
        <source>~ node %1</source>
        <translation>~ nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="268"/>
        <source>+ edge %1</source>
        <translation>+ arco %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="270"/>
        <source>− edge %1</source>
        <translation>− arco %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="272"/>
        <source>~ edge %1</source>
        <translation>~ arco %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="274"/>
        <source>moved: %1</source>
        <translation>spostati: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="280"/>
        <source>No changes since %1%2.</source>
        <translation>Nessuna modifica da %1%2.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="281"/>
        <source> (only nodes moved)</source>
        <translation> (solo nodi spostati)</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowdiffdialog.cpp" line="282"/>
        <source>%n change(s) since %1.</source>
        <translation>
            <numerusform>%n modifica da %1.</numerusform>
            <numerusform>%n modifiche da %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDocument</name>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="86"/>
        <source>the flow %1 has no file yet: choose where to save it</source>
        <translation>il flusso %1 non ha ancora un file: scegli dove salvarlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="149"/>
        <location filename="../core/flowedit/flowdocument.cpp" line="151"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>non esiste un nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="153"/>
        <source>a node cannot lead to itself (&apos;%1&apos;): a flow is acyclic</source>
        <translation>un nodo non può portare a se stesso (&apos;%1&apos;): un flusso è aciclico</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="155"/>
        <source>&apos;%1&apos; is an end node: the run ends there, so nothing leaves it</source>
        <translation>&apos;%1&apos; è un nodo end: l&apos;esecuzione termina lì, quindi nulla ne esce</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="157"/>
        <source>&apos;%1&apos; is the start node: nothing leads into it</source>
        <translation>&apos;%1&apos; è il nodo iniziale: nulla vi entra</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="160"/>
        <source>only map nodes have body edges (&apos;%1&apos; is a %2 node)</source>
        <translation>solo i nodi map hanno archi body (&apos;%1&apos; è un nodo %2)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="162"/>
        <source>a %1 node cannot fail, so it has no error edge (only function, modify and map nodes do)</source>
        <translation>un nodo %1 non può fallire, quindi non ha un arco di errore (ce l&apos;hanno solo i nodi function, modify e map)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="166"/>
        <source>there already is a %1 edge %2 -&gt; %3</source>
        <translation>esiste già un arco %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="172"/>
        <source>&apos;%1&apos; already has its %2 edge (to &apos;%3&apos;): delete that one first</source>
        <translation>&apos;%1&apos; ha già il suo arco %2 (verso &apos;%3&apos;): elimina prima quello</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="175"/>
        <source>&apos;%1&apos; already continues to &apos;%2&apos; and only parallel and choice nodes branch: delete that edge first, or put a parallel or choice node after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; prosegue già verso &apos;%2&apos; e solo i nodi parallel e choice si diramano: elimina prima quell&apos;arco, o metti un nodo parallel o choice dopo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="190"/>
        <source>would make a cycle: %1</source>
        <translation>creerebbe un ciclo: %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="231"/>
        <source>&apos;%1&apos; is not a valid node id (letters, digits, &apos;-&apos; and &apos;_&apos;, 1 to 64 characters)</source>
        <translation>&apos;%1&apos; non è un id di nodo valido (lettere, cifre, &apos;-&apos; e &apos;_&apos;, da 1 a 64 caratteri)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="233"/>
        <source>there already is a node &apos;%1&apos;</source>
        <translation>esiste già un nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="243"/>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="268"/>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowdocument.cpp" line="269"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Elimina %n elemento</numerusform>
            <numerusform>Elimina %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="286"/>
        <location filename="../core/flowedit/flowdocument.cpp" line="305"/>
        <source>Move %1</source>
        <translation>Sposta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowdocument.cpp" line="287"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Sposta %n nodo</numerusform>
            <numerusform>Sposta %n nodi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="303"/>
        <source>Rename %1 to %2</source>
        <translation>Rinomina %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="307"/>
        <location filename="../core/flowedit/flowdocument.cpp" line="334"/>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="319"/>
        <source>Connect %1</source>
        <translation>Collega %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="356"/>
        <source>Raise %1</source>
        <translation>Alza %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="356"/>
        <source>Lower %1</source>
        <translation>Abbassa %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="367"/>
        <source>Start at %1</source>
        <translation>Inizia da %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="384"/>
        <source>Change the flow&apos;s properties</source>
        <translation>Modifica le proprietà del flusso</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="401"/>
        <source>Automatic layout</source>
        <translation>Disposizione automatica</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="439"/>
        <source>the clipboard</source>
        <translation>gli appunti</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="442"/>
        <source>the clipboard does not hold flow nodes:
%1</source>
        <translation>gli appunti non contengono nodi di flusso:
%1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="445"/>
        <source>the clipboard holds a flow without nodes: nothing to paste</source>
        <translation>gli appunti contengono un flusso senza nodi: niente da incollare</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="461"/>
        <source>the clipboard has two nodes &apos;%1&apos;: nothing pasted</source>
        <translation>gli appunti hanno due nodi &apos;%1&apos;: nulla è stato incollato</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowdocument.cpp" line="482"/>
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Incolla %n nodo</numerusform>
            <numerusform>Incolla %n nodi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="490"/>
        <source>select the nodes to duplicate</source>
        <translation>seleziona i nodi da duplicare</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowEdgeItem</name>
    <message>
        <location filename="../panels/flow/flowedgeitem.cpp" line="117"/>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowedgeitem.cpp" line="125"/>
        <source>on error</source>
        <translation>in caso di errore</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowedgeitem.cpp" line="127"/>
        <source>each</source>
        <translation>per ciascuno</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowEditorPanel</name>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="46"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;aperto&gt;</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="48"/>
        <source>Inspector</source>
        <translation>Ispettore</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="49"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="50"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="101"/>
        <source>Cannot connect: %1</source>
        <translation>Impossibile collegare: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="103"/>
        <source>Connected %1.</source>
        <translation>%1 collegato.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="127"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="142"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="143"/>
        <source>Drag nodes from the palette; drag from a node&apos;s right port to another node to connect.</source>
        <translation>Trascina i nodi dalla tavolozza; trascina dalla porta destra di un nodo a un altro nodo per collegarli.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="176"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="176"/>
        <source>Start an empty flow</source>
        <translation>Inizia un flusso vuoto</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="177"/>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="177"/>
        <source>Open a flow file</source>
        <translation>Apre un file di flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="178"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="178"/>
        <source>Write the flow in canonical form</source>
        <translation>Scrive il flusso in forma canonica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="179"/>
        <source>Save As…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="179"/>
        <source>Write the flow to another file</source>
        <translation>Scrive il flusso in un altro file</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="180"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="198"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="184"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="199"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="200"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="200"/>
        <source>Delete the selected nodes and edges</source>
        <translation>Elimina i nodi e gli archi selezionati</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Duplicate the selected nodes</source>
        <translation>Duplica i nodi selezionati</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="204"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="204"/>
        <source>Copy the selected nodes and the edges between them</source>
        <translation>Copia i nodi selezionati e gli archi tra di essi</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="206"/>
        <source>Cut</source>
        <translation>Taglia</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="206"/>
        <source>Cut the selected nodes</source>
        <translation>Taglia i nodi selezionati</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="207"/>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="207"/>
        <source>Paste nodes at the pointer</source>
        <translation>Incolla i nodi nella posizione del puntatore</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="208"/>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="208"/>
        <source>Select every node and edge</source>
        <translation>Seleziona ogni nodo e arco</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Auto Layout</source>
        <translation>Disposizione automatica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Arrange the nodes left to right</source>
        <translation>Dispone i nodi da sinistra a destra</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="211"/>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="211"/>
        <source>Show the whole flow</source>
        <translation>Mostra l&apos;intero flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="212"/>
        <source>Zoom In</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="212"/>
        <source>Zoom in</source>
        <translation>Ingrandisce</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="213"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="213"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Zoom Out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Zoom out</source>
        <translation>Riduce</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="216"/>
        <source>Compare…</source>
        <translation>Confronta…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="216"/>
        <source>Compare with a git revision or another flow file</source>
        <translation>Confronta con una revisione git o con un altro file di flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="217"/>
        <source>Set as Start</source>
        <translation>Imposta come iniziale</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="217"/>
        <source>Make the selected node the flow&apos;s first node</source>
        <translation>Rende il nodo selezionato il primo nodo del flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="237"/>
        <source>Save Flow As</source>
        <translation>Salva flusso con nome</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="238"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="330"/>
        <source>Flows (*.flow.json)</source>
        <translation>Flussi (*.flow.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="299"/>
        <source>Opened %1; its nodes had no positions and were laid out (save to keep them).</source>
        <translation>Aperto %1; i suoi nodi non avevano posizioni e sono stati disposti (salva per mantenerle).</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="301"/>
        <source>Opened %1.</source>
        <translation>%1 aperto.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="308"/>
        <source>Flows</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="309"/>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 ha modifiche non salvate. Scartarle?</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="320"/>
        <source>Open Flow</source>
        <translation>Apri flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="320"/>
        <source>Flows (*.flow.json);;JSON (*.json)</source>
        <translation>Flussi (*.flow.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="329"/>
        <source>Save Flow</source>
        <translation>Salva flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="332"/>
        <source>Not saved: no file chosen.</source>
        <translation>Non salvato: nessun file scelto.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="342"/>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="355"/>
        <source>A new flow: drag nodes from the palette.</source>
        <translation>Un nuovo flusso: trascina i nodi dalla tavolozza.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="377"/>
        <source>untitled</source>
        <translation>senza titolo</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/floweditorpanel.cpp" line="461"/>
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nodo copiato.</numerusform>
            <numerusform>%n nodi copiati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="481"/>
        <source>Cannot paste: %1</source>
        <translation>Impossibile incollare: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/floweditorpanel.cpp" line="485"/>
        <source>Pasted %n node(s).</source>
        <translation>
            <numerusform>%n nodo incollato.</numerusform>
            <numerusform>%n nodi incollati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="496"/>
        <source>Cannot duplicate: %1</source>
        <translation>Impossibile duplicare: %1</translation>
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
    <name>Stratus::FlowInspector</name>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="109"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="110"/>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="191"/>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;; runs, traces and breakpoints name the node by it</source>
        <translation>Lettere, cifre, &apos;-&apos; e &apos;_&apos;; esecuzioni, tracce e punti di interruzione indicano il nodo con questo id</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="198"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="209"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="213"/>
        <location filename="../panels/flow/flowinspector.cpp" line="339"/>
        <source>Label:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="223"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="224"/>
        <source>Open the function&apos;s source in the editor</source>
        <translation>Apre il sorgente della funzione nell&apos;editor</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="230"/>
        <source>Function:</source>
        <translation>Funzione:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="245"/>
        <source>Enter applies the expression, Shift+Enter starts a new line</source>
        <translation>Invio applica l&apos;espressione, Maiusc+Invio inizia una nuova riga</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="253"/>
        <source>Expression:</source>
        <translation>Espressione:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="260"/>
        <source>Concurrency:</source>
        <translation>Concorrenza:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="263"/>
        <location filename="../panels/flow/flowinspector.cpp" line="273"/>
        <location filename="../panels/flow/flowinspector.cpp" line="286"/>
        <location filename="../panels/flow/flowinspector.cpp" line="400"/>
        <location filename="../panels/flow/flowinspector.cpp" line="403"/>
        <location filename="../panels/flow/flowinspector.cpp" line="406"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="264"/>
        <source>the flow&apos;s default</source>
        <translation>il valore predefinito del flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="265"/>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="269"/>
        <source>Attempts in all, the first included: 1 = no retry</source>
        <translation>Tentativi in tutto, compreso il primo: 1 = nessun nuovo tentativo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="270"/>
        <source>Attempts:</source>
        <translation>Tentativi:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="274"/>
        <source>First backoff:</source>
        <translation>Primo backoff:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="283"/>
        <source>Backoff multiplier:</source>
        <translation>Moltiplicatore del backoff:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="287"/>
        <source>Longest backoff:</source>
        <translation>Backoff massimo:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="293"/>
        <source>On error:</source>
        <translation>In caso di errore:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="314"/>
        <source>e.g. input.kind == &apos;fizz&apos;</source>
        <translation>es. input.kind == &apos;fizz&apos;</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="321"/>
        <source>Condition:</source>
        <translation>Condizione:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="326"/>
        <source>Default branch (taken when no condition is true)</source>
        <translation>Ramo predefinito (preso quando nessuna condizione è vera)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="351"/>
        <source>Try this branch&apos;s condition earlier</source>
        <translation>Prova prima la condizione di questo ramo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="355"/>
        <source>Try this branch&apos;s condition later</source>
        <translation>Prova dopo la condizione di questo ramo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="359"/>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="380"/>
        <source>Flow</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="387"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="391"/>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="395"/>
        <source>Start node:</source>
        <translation>Nodo iniziale:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="401"/>
        <source>One attempt of a node whose own timeout is 0</source>
        <translation>Un tentativo di un nodo il cui timeout è 0</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="402"/>
        <source>Node timeout:</source>
        <translation>Timeout del nodo:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="404"/>
        <source>The whole run</source>
        <translation>L&apos;intera esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="405"/>
        <source>Run timeout:</source>
        <translation>Timeout dell&apos;esecuzione:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="407"/>
        <source>How long the run&apos;s data stays in the datastore</source>
        <translation>Per quanto tempo i dati dell&apos;esecuzione restano nel datastore</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="408"/>
        <source>Data kept for:</source>
        <translation>Dati conservati per:</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowinspector.cpp" line="422"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n elemento selezionato</numerusform>
            <numerusform>%n elementi selezionati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="516"/>
        <source>input (the array to iterate)</source>
        <translation>input (l&apos;array da iterare)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="517"/>
        <source>input (the result)</source>
        <translation>input (il risultato)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="518"/>
        <source>e.g. {n: input.n}</source>
        <translation>es. {n: input.n}</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="539"/>
        <source>the run fails (no error edge)</source>
        <translation>l&apos;esecuzione fallisce (nessun arco di errore)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="540"/>
        <source>cannot fail</source>
        <translation>non può fallire</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="541"/>
        <source>continue at %1</source>
        <translation>prosegue a %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="565"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowNodeItem</name>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="166"/>
        <source>(no function)</source>
        <translation>(nessuna funzione)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="173"/>
        <source>each of %1</source>
        <translation>ciascuno di %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="192"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="192"/>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="201"/>
        <source>calls %1</source>
        <translation>chiama %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="206"/>
        <source>breakpoint</source>
        <translation>punto di interruzione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="207"/>
        <source>breakpoint when %1</source>
        <translation>punto di interruzione quando %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="545"/>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="547"/>
        <source>Modify</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="549"/>
        <source>Choice</source>
        <translation>Scelta</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="551"/>
        <source>Parallel</source>
        <translation>Parallelo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="553"/>
        <source>Join</source>
        <translation>Unione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="555"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="557"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowPalette</name>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="31"/>
        <source>Search nodes and functions</source>
        <translation>Cerca nodi e funzioni</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="38"/>
        <source>Drag onto the canvas, or double-click to add at the centre</source>
        <translation>Trascina sull&apos;area di disegno, o fai doppio clic per aggiungere al centro</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="40"/>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="41"/>
        <source>Functions</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="53"/>
        <source>Calls a function with its input</source>
        <translation>Chiama una funzione con il suo input</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="54"/>
        <source>Replaces the data with an expression</source>
        <translation>Sostituisce i dati con un&apos;espressione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="55"/>
        <source>Takes the first edge whose condition holds, else the default</source>
        <translation>Prende il primo arco la cui condizione è vera, altrimenti quello predefinito</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="56"/>
        <source>Sends its input along every outgoing edge</source>
        <translation>Invia il suo input lungo ogni arco in uscita</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="57"/>
        <source>Waits for every incoming branch; outputs them keyed by node</source>
        <translation>Attende ogni ramo in ingresso; li restituisce indicizzati per nodo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="58"/>
        <source>Runs its body for every element of an array</source>
        <translation>Esegue il suo corpo per ogni elemento di un array</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="59"/>
        <source>The run&apos;s result</source>
        <translation>Il risultato dell&apos;esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="115"/>
        <source>A function node calling %1</source>
        <translation>Un nodo funzione che chiama %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="122"/>
        <source>(no functions: start the cluster or open a project)</source>
        <translation>(nessuna funzione: avvia il cluster o apri un progetto)</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowProblemsView</name>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="56"/>
        <source>edge %1</source>
        <translation>arco %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="58"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="60"/>
        <source>flow</source>
        <translation>flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="74"/>
        <source>No problems: the flow can run.</source>
        <translation>Nessun problema: il flusso può essere eseguito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowproblemsview.cpp" line="76"/>
        <source>%n warning(s); the flow can run.</source>
        <translation>
            <numerusform>%n avviso; il flusso può essere eseguito.</numerusform>
            <numerusform>%n avvisi; il flusso può essere eseguito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowproblemsview.cpp" line="78"/>
        <source>%n error(s) to fix before the flow can run</source>
        <translation>
            <numerusform>%n errore da correggere prima che il flusso possa essere eseguito</numerusform>
            <numerusform>%n errori da correggere prima che il flusso possa essere eseguito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowproblemsview.cpp" line="79"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avviso</numerusform>
            <numerusform>, %n avvisi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratus::FlowRevisions</name>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="34"/>
        <source>%1 is not in a git repository: there are no revisions to compare with</source>
        <translation>%1 non è in un repository git: non ci sono revisioni con cui confrontarlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="37"/>
        <source>%1: cannot open its git repository</source>
        <translation>%1: impossibile aprire il suo repository git</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="41"/>
        <source>%1: the repository has no work tree</source>
        <translation>%1: il repository non ha un albero di lavoro</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="47"/>
        <source>%1 is outside the repository at %2</source>
        <translation>%1 è fuori dal repository in %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="88"/>
        <source>%1: cannot walk the history</source>
        <translation>%1: impossibile percorrere la cronologia</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="99"/>
        <source>%1: cannot read commit %2</source>
        <translation>%1: impossibile leggere il commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="141"/>
        <source>%1: there is no commit %2</source>
        <translation>%1: non esiste il commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="145"/>
        <source>%1: %2 is not a commit</source>
        <translation>%1: %2 non è un commit</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="149"/>
        <source>%1 does not exist in commit %2</source>
        <translation>%1 non esiste nel commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="153"/>
        <source>%1: cannot read it from commit %2</source>
        <translation>%1: impossibile leggerlo dal commit %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowRunBar</name>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="67"/>
        <source>the input is not valid JSON at character %1: %2</source>
        <translation>l&apos;input non è JSON valido al carattere %1: %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="72"/>
        <source>the input holds %1 JSON values: a run takes one</source>
        <translation>l&apos;input contiene %1 valori JSON: un&apos;esecuzione ne accetta uno</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="86"/>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="87"/>
        <source>Clear</source>
        <translation>Pulisci</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="93"/>
        <source>Input: JSON such as {&quot;n&quot;: 15}, or text</source>
        <translation>Input: JSON come {&quot;n&quot;: 15}, o testo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="95"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="96"/>
        <source>Edit the input in a bigger editor</source>
        <translation>Modifica l&apos;input in un editor più grande</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="98"/>
        <source>Saved events of this flow (events/FLOW/*.json in the project)</source>
        <translation>Eventi salvati di questo flusso (events/FLOW/*.json nel progetto)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="102"/>
        <source>Clear the run&apos;s states, output and data</source>
        <translation>Pulisce gli stati, l&apos;output e i dati dell&apos;esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="115"/>
        <source>The run&apos;s output</source>
        <translation>L&apos;output dell&apos;esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="117"/>
        <source>Click an edge or a node after a run to see its data</source>
        <translation>Dopo un&apos;esecuzione, fai clic su un arco o su un nodo per vederne i dati</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="121"/>
        <source>Input:</source>
        <translation>Input:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="130"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="144"/>
        <location filename="../panels/flow/flowrunbar.cpp" line="255"/>
        <location filename="../panels/flow/flowrunbar.cpp" line="305"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="153"/>
        <source>running…</source>
        <translation>in esecuzione…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="154"/>
        <source>run %1</source>
        <translation>esecuzione %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="164"/>
        <source>No data on the edges: %1</source>
        <translation>Nessun dato sugli archi: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="192"/>
        <source>Start the local cluster to run this flow (Cluster ▸ Start)</source>
        <translation>Avvia il cluster locale per eseguire questo flusso (Cluster ▸ Avvia)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="193"/>
        <source>Run the flow on the cluster with this input (Enter)</source>
        <translation>Esegue il flusso sul cluster con questo input (Invio)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="207"/>
        <source>no saved events</source>
        <translation>nessun evento salvato</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="207"/>
        <source>Saved events…</source>
        <translation>Eventi salvati…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="227"/>
        <source>Input of flow %1</source>
        <translation>Input del flusso %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="272"/>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="277"/>
        <source>failed (%1): %2</source>
        <translation>fallito (%1): %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="278"/>
        <source>failed at node %1: %2</source>
        <translation>fallito al nodo %1: %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="280"/>
        <source>run %1 (stratus flow trace %1)</source>
        <translation>esecuzione %1 (stratus flow trace %1)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="283"/>
        <source>The cluster runs the flow as saved when it started, not the unsaved edits.</source>
        <translation>Il cluster esegue il flusso com&apos;era salvato al suo avvio, non le modifiche non salvate.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="311"/>
        <source>Data on %1</source>
        <translation>Dati su %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="313"/>
        <source>Run the flow to see the data on its edges.</source>
        <translation>Esegui il flusso per vedere i dati sui suoi archi.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="318"/>
        <source>The run&apos;s data is not there yet.</source>
        <translation>I dati dell&apos;esecuzione non sono ancora disponibili.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="319"/>
        <location filename="../panels/flow/flowrunbar.cpp" line="333"/>
        <source>This run left no record of its data.</source>
        <translation>Questa esecuzione non ha lasciato alcun record dei suoi dati.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="324"/>
        <source>Nothing passed along %1 in this run.</source>
        <translation>Nulla è passato lungo %1 in questa esecuzione.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="330"/>
        <source>Data of node %1</source>
        <translation>Dati del nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="332"/>
        <source>Run the flow to see its nodes&apos; data.</source>
        <translation>Esegui il flusso per vedere i dati dei suoi nodi.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="338"/>
        <source>Node %1 did not run.</source>
        <translation>Il nodo %1 non è stato eseguito.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="341"/>
        <source>input:
%1</source>
        <translation>input:
%1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="343"/>
        <source>output:
%1</source>
        <translation>output:
%1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="345"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowRunWatch</name>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="128"/>
        <source>the record of run %1 is not a JSON object: %2</source>
        <translation>il record dell&apos;esecuzione %1 non è un oggetto JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="133"/>
        <source>run %1 left no record in the datastore within %2 ms: the manifest&apos;s &quot;record&quot; of this flow may be &quot;failed&quot; or &quot;none&quot;, or its TTL passed</source>
        <translation>l&apos;esecuzione %1 non ha lasciato alcun record nel datastore entro %2 ms: il &quot;record&quot; di questo flusso nel manifest potrebbe essere &quot;failed&quot; o &quot;none&quot;, oppure il suo TTL è scaduto</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="154"/>
        <source>run %1 did not end within %2 ms</source>
        <translation>l&apos;esecuzione %1 non è terminata entro %2 ms</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="177"/>
        <source>nothing listens on %1: is the flow in the manifest&apos;s &quot;flows&quot; and the cluster started since?</source>
        <translation>nessuno è in ascolto su %1: il flusso è nei &quot;flows&quot; del manifest e il cluster è stato avviato dopo?</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="234"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>impossibile sottoscriversi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="394"/>
        <source>no cluster to run on: start the local cluster (Cluster ▸ Start) first</source>
        <translation>nessun cluster su cui eseguire: avvia prima il cluster locale (Cluster ▸ Avvia)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="396"/>
        <source>the flow has no name: give it one in its properties before running it</source>
        <translation>il flusso non ha un nome: dagliene uno nelle sue proprietà prima di eseguirlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="503"/>
        <source>%1/%2 elements, %3 failed</source>
        <translation>%1/%2 elementi, %3 falliti</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="504"/>
        <source>%1/%2 elements</source>
        <translation>%1/%2 elementi</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="509"/>
        <source>replayed</source>
        <translation>riprodotto</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowrunwatch.cpp" line="511"/>
        <source>%n attempts</source>
        <translation>
            <numerusform>%n tentativo</numerusform>
            <numerusform>%n tentativi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="563"/>
        <source>cut off: the run ended while it ran</source>
        <translation>interrotto: l&apos;esecuzione è terminata mentre era in corso</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowScene</name>
    <message>
        <location filename="../panels/flow/flowscene.cpp" line="600"/>
        <source>Move %1</source>
        <translation>Sposta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowscene.cpp" line="601"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Sposta %n nodo</numerusform>
            <numerusform>Sposta %n nodi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratus::FlowStepView</name>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="38"/>
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="39"/>
        <source>Forward ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="40"/>
        <source>Re-run from here</source>
        <translation>Riesegui da qui</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="41"/>
        <location filename="../panels/debug/flowstepview.cpp" line="345"/>
        <source>Set breakpoint</source>
        <translation>Imposta punto di interruzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="42"/>
        <source>Paused run</source>
        <translation>Esecuzione in pausa</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="44"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="45"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="45"/>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="51"/>
        <source>The node that ran before (execution order)</source>
        <translation>Il nodo eseguito prima (ordine di esecuzione)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="52"/>
        <source>The node that ran next (execution order)</source>
        <translation>Il nodo eseguito dopo (ordine di esecuzione)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="53"/>
        <source>Run the flow again from the current node, with the data this run gave the nodes before it</source>
        <translation>Esegue di nuovo il flusso dal nodo corrente, con i dati che questa esecuzione ha dato ai nodi precedenti</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="55"/>
        <source>Condition, e.g. input.kind == &apos;buzz&apos; (empty: always)</source>
        <translation>Condizione, es. input.kind == &apos;buzz&apos; (vuota: sempre)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="56"/>
        <source>A flow expression over input (the node&apos;s input) and run</source>
        <translation>Un&apos;espressione di flusso su input (l&apos;input del nodo) e run</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="57"/>
        <source>Pause live runs before the selected node</source>
        <translation>Mette in pausa le esecuzioni dal vivo prima del nodo selezionato</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="63"/>
        <source>Open a recorded flow run to step through it</source>
        <translation>Apri un&apos;esecuzione di flusso registrata per seguirla passo passo</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="65"/>
        <source>The node&apos;s input: edit it, then Continue or Step to run the node with it</source>
        <translation>L&apos;input del nodo: modificalo, poi Continua o Passo per eseguire il nodo con esso</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="79"/>
        <source>Run on until the next breakpoint</source>
        <translation>Prosegue fino al prossimo punto di interruzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="80"/>
        <source>Run this node and pause before the next one</source>
        <translation>Esegue questo nodo e si ferma prima del successivo</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="81"/>
        <source>End the run here with an error</source>
        <translation>Termina qui l&apos;esecuzione con un errore</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="146"/>
        <source>Run %1 finished: ok</source>
        <translation>Esecuzione %1 terminata: ok</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="147"/>
        <source>Run %1 failed (%2): %3</source>
        <translation>Esecuzione %1 fallita (%2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="156"/>
        <source>Run %1: %2</source>
        <translation>Esecuzione %1: %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="286"/>
        <source>No run</source>
        <translation>Nessuna esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="287"/>
        <source>Run %1: no node ran</source>
        <translation>Esecuzione %1: nessun nodo eseguito</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="294"/>
        <location filename="../panels/debug/flowstepview.cpp" line="462"/>
        <source> [element %1]</source>
        <translation> [elemento %1]</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="295"/>
        <source>Step %1/%2: %3%4</source>
        <translation>Passo %1/%2: %3%4</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="297"/>
        <source>%1%2 (%3) — %4 %5</source>
        <translation>%1%2 (%3) — %4 %5</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="302"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="303"/>
        <source>input:</source>
        <translation>input:</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="305"/>
        <source>output:</source>
        <translation>output:</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="311"/>
        <source>(nothing passed)</source>
        <translation>(non è passato nulla)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="314"/>
        <source>in: %1</source>
        <translation>in ingresso: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="315"/>
        <source>out: %1</source>
        <translation>in uscita: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="323"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="324"/>
        <source>Nothing passed along this edge in the shown run.</source>
        <translation>Nulla è passato lungo questo arco nell&apos;esecuzione mostrata.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="341"/>
        <source>Re-running needs the debugger&apos;s connection to the cluster</source>
        <translation>Rieseguire richiede la connessione del debugger al cluster</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="344"/>
        <source>Remove breakpoint</source>
        <translation>Rimuovi punto di interruzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="348"/>
        <source>Breakpoints need the debugger&apos;s connection to the cluster</source>
        <translation>I punti di interruzione richiedono la connessione del debugger al cluster</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="372"/>
        <source>breakpoints need the debugger&apos;s connection to the cluster</source>
        <translation>i punti di interruzione richiedono la connessione del debugger al cluster</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="374"/>
        <source>flow %1 has no node &quot;%2&quot;</source>
        <translation>il flusso %1 non ha un nodo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="393"/>
        <source>Select a node to put a breakpoint on.</source>
        <translation>Seleziona un nodo su cui mettere un punto di interruzione.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="398"/>
        <source>Breakpoint on %1 removed.</source>
        <translation>Punto di interruzione su %1 rimosso.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="399"/>
        <source>Live runs of %1 pause before %2.</source>
        <translation>Le esecuzioni dal vivo di %1 si fermano prima di %2.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="400"/>
        <source>Live runs of %1 pause before %2 when %3.</source>
        <translation>Le esecuzioni dal vivo di %1 si fermano prima di %2 quando %3.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="414"/>
        <source>Re-running %1 from %2…</source>
        <translation>Riesecuzione di %1 da %2…</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="427"/>
        <source>Re-run from %1: ok: %2</source>
        <translation>Riesecuzione da %1: ok: %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="428"/>
        <source>Re-run from %1 failed (%2): %3</source>
        <translation>Riesecuzione da %1 fallita (%2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="460"/>
        <source>stepped</source>
        <translation>passo singolo</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="460"/>
        <source>breakpoint</source>
        <translation>punto di interruzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="464"/>
        <source>Run %1 paused before %2%3 (%4). Its input:</source>
        <translation>Esecuzione %1 in pausa prima di %2%3 (%4). Il suo input:</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="470"/>
        <source>The input is too large to edit here; Continue runs the node with it unchanged</source>
        <translation>L&apos;input è troppo grande per modificarlo qui; Continua esegue il nodo con l&apos;input invariato</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="472"/>
        <source>Paused before %1</source>
        <translation>In pausa prima di %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="474"/>
        <source>Run %1 of %2 is paused before node %3%4 (%5), by its %6.</source>
        <translation>L&apos;esecuzione %1 di %2 è in pausa prima del nodo %3%4 (%5), per il suo %6.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="478"/>
        <source>Edit its input below, then Continue (on to the next breakpoint), Step (pause before the next node) or Abort (end the run with an error).</source>
        <translation>Modifica il suo input qui sotto, poi Continua (fino al prossimo punto di interruzione), Passo (pausa prima del nodo successivo) o Interrompi (termina l&apos;esecuzione con un errore).</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="496"/>
        <source>Run %1 resumed at %2 (%3).</source>
        <translation>Esecuzione %1 ripresa da %2 (%3).</translation>
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
    <name>Stratus::FlowView</name>
    <message>
        <location filename="../panels/flow/flowview.cpp" line="181"/>
        <source>Drag nodes here from the palette.
Connect them by dragging from a node&apos;s right-hand port to another node.</source>
        <translation>Trascina qui i nodi dalla tavolozza.
Collegali trascinando dalla porta destra di un nodo a un altro nodo.</translation>
    </message>
</context>
<context>
    <name>Stratus::FunctionCaller</name>
    <message>
        <location filename="../core/functioncaller.cpp" line="15"/>
        <source>The cluster is not running: start it first.</source>
        <translation>Il cluster non è in esecuzione: avvialo prima.</translation>
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
    <name>Stratus::FunctionsPanel</name>
    <message>
        <location filename="../panels/functionspanel.cpp" line="31"/>
        <source>Save Entry</source>
        <translation>Salva voce</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="32"/>
        <source>Open Source</source>
        <translation>Apri sorgente</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="33"/>
        <source>Load…</source>
        <translation>Carica…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="34"/>
        <location filename="../panels/functionspanel.cpp" line="94"/>
        <source>Invoke</source>
        <translation>Invoca</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="34"/>
        <location filename="../panels/functionspanel.cpp" line="122"/>
        <source>Stress Test</source>
        <translation>Test di stress</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="49"/>
        <source>Select an entry to see its details.</source>
        <translation>Seleziona una voce per vederne i dettagli.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="50"/>
        <source>A service&apos;s entry can be edited here and saved to the registry.</source>
        <translation>La voce di un servizio si può modificare qui e salvare nel registro.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="51"/>
        <source>Write this service entry to the registry (refused if it changed meanwhile)</source>
        <translation>Scrive questa voce di servizio nel registro (rifiutata se nel frattempo è cambiata)</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="52"/>
        <source>Edit the source this function runs</source>
        <translation>Modifica il sorgente che questa funzione esegue</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="58"/>
        <source>The event: JSON or any text</source>
        <translation>L&apos;evento: JSON o qualsiasi testo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="62"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="63"/>
        <source>How long to wait for the reply</source>
        <translation>Quanto attendere la risposta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="66"/>
        <source>The result or the error appears here.</source>
        <translation>Qui compare il risultato o l&apos;errore.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="82"/>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="95"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="114"/>
        <source>Entry saved.</source>
        <translation>Voce salvata.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="115"/>
        <location filename="../panels/functionspanel.cpp" line="223"/>
        <source>Entry not saved: %1</source>
        <translation>Voce non salvata: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="121"/>
        <source>Load-test the selected function or flow with the default profile</source>
        <translation>Esegue un test di carico della funzione o del flusso selezionato con il profilo predefinito</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="130"/>
        <source>Load Payload</source>
        <translation>Carica payload</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="224"/>
        <source>Entry not saved: it must be a JSON object.</source>
        <translation>Voce non salvata: deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="252"/>
        <source>Invoking %1 on %2…</source>
        <translation>Invocazione di %1 su %2…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="262"/>
        <source>Failed: %1</source>
        <translation>Fallita: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="269"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="270"/>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="271"/>
        <source>Stratus-Status: %1 · duration %2 · round trip %3 ms · %4</source>
        <translation>Stratus-Status: %1 · durata %2 · andata e ritorno %3 ms · %4</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="274"/>
        <source>cold</source>
        <translation>a freddo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="274"/>
        <source>warm</source>
        <translation>a caldo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="276"/>
        <source> · exit code %1</source>
        <translation> · codice di uscita %1</translation>
    </message>
</context>
<context>
    <name>Stratus::GitStatus</name>
    <message>
        <location filename="../core/gitstatus.cpp" line="98"/>
        <source>cannot open the repository</source>
        <translation>impossibile aprire il repository</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="123"/>
        <source>cannot read the git status</source>
        <translation>impossibile leggere lo stato git</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="155"/>
        <source>git init %1</source>
        <translation>git init %1</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="189"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="191"/>
        <source>modified</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="193"/>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="195"/>
        <source>renamed</source>
        <translation>rinominato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="197"/>
        <source>type changed</source>
        <translation>tipo cambiato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="199"/>
        <source>ignored</source>
        <translation>ignorato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="201"/>
        <source>conflicted</source>
        <translation>in conflitto</translation>
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
    <name>Stratus::InvocationModel</name>
    <message>
        <location filename="../core/invocationmodel.cpp" line="22"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="24"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="70"/>
        <location filename="../core/invocationmodel.cpp" line="151"/>
        <source>cold</source>
        <translation>a freddo</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="70"/>
        <location filename="../core/invocationmodel.cpp" line="151"/>
        <source>warm</source>
        <translation>a caldo</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="83"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="85"/>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="87"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="89"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="91"/>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="93"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="141"/>
        <source> (truncated, %1 bytes in all)</source>
        <translation> (troncato, %1 byte in tutto)</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="144"/>
        <source>Function: %1
Request: %2
Subject: %3
Invoker: %4 (PID %5)
</source>
        <translation>Funzione: %1
Richiesta: %2
Soggetto: %3
Invoker: %4 (PID %5)
</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="147"/>
        <source>Status: %1
Exit code: %2
Started: %3
Duration: %4
Start: %5
</source>
        <translation>Stato: %1
Codice di uscita: %2
Iniziata: %3
Durata: %4
Avvio: %5
</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="153"/>
        <source>Error: %1
</source>
        <translation>Errore: %1
</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="154"/>
        <source>Input%1:</source>
        <translation>Input%1:</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="156"/>
        <source>Output%1:</source>
        <translation>Output%1:</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="158"/>
        <source>Stderr:</source>
        <translation>Stderr:</translation>
    </message>
</context>
<context>
    <name>Stratus::InvocationsPanel</name>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="27"/>
        <source>All functions</source>
        <translation>Tutte le funzioni</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="28"/>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="52"/>
        <source>Search function, status or request id…</source>
        <translation>Cerca funzione, stato o id richiesta…</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="76"/>
        <source>Select an invocation to see its input, output and stderr.</source>
        <translation>Seleziona un&apos;invocazione per vederne input, output e stderr.</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="129"/>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="133"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="136"/>
        <source>Live</source>
        <translation>In diretta</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="137"/>
        <source>Receiving invocation records from the broker</source>
        <translation>Ricezione dei record di invocazione dal broker</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="140"/>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
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
    <name>Stratus::JsonEditor</name>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="19"/>
        <source>Format</source>
        <translation>Formatta</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="26"/>
        <source>Indent the JSON</source>
        <translation>Indenta il JSON</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="71"/>
        <source>empty: an event needs a JSON value, e.g. {}</source>
        <translation>vuoto: un evento richiede un valore JSON, es. {}</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="87"/>
        <source>line %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="101"/>
        <source>valid JSON, %1 bytes</source>
        <translation>JSON valido, %1 byte</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="103"/>
        <source>not JSON: %1</source>
        <translation>non è JSON: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="106"/>
        <source>plain text, %1 bytes (this function&apos;s recorded input was not JSON)</source>
        <translation>testo semplice, %1 byte (l&apos;input registrato di questa funzione non era JSON)</translation>
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
    <name>Stratus::LogModel</name>
    <message>
        <location filename="../core/logmodel.cpp" line="67"/>
        <source>DEBUG</source>
        <translation>DEBUG</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="69"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="71"/>
        <source>WARN</source>
        <translation>AVVISO</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="73"/>
        <source>ERROR</source>
        <translation>ERRORE</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="116"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="118"/>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="120"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="122"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>Stratus::LogsPanel</name>
    <message>
        <location filename="../panels/logspanel.cpp" line="31"/>
        <source>All processes</source>
        <translation>Tutti i processi</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="32"/>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="33"/>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="55"/>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="62"/>
        <source>Keep the newest line in view</source>
        <translation>Mantieni visibile la riga più recente</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="69"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="70"/>
        <source>Copy the selected lines</source>
        <translation>Copia le righe selezionate</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="71"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="72"/>
        <source>Save the lines shown to a file</source>
        <translation>Salva in un file le righe mostrate</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="73"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="109"/>
        <source>saving was cancelled</source>
        <translation>salvataggio annullato</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="150"/>
        <source>Save log</source>
        <translation>Salva log</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="151"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>File di log (*.log *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="167"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::MainWindow</name>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="82"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="84"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="86"/>
        <source>Invocations</source>
        <translation>Invocazioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="88"/>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="90"/>
        <source>Functions</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="92"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="96"/>
        <source>Deploy</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="105"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="108"/>
        <source>Flows</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="110"/>
        <location filename="../app/workbench/mainwindow.cpp" line="111"/>
        <source>Flows — %1</source>
        <translation>Flussi — %1</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="121"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="124"/>
        <source>Open in Debugger</source>
        <translation>Apri nel debugger</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="199"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="201"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="228"/>
        <source>Saved; no running invoker runs %1.</source>
        <translation>Salvato; nessun invoker in esecuzione esegue %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="229"/>
        <source>Restarting %1.</source>
        <translation>Riavvio di %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="258"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="259"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="260"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="263"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="265"/>
        <source>New &amp;Function…</source>
        <translation>Nuova &amp;funzione…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="266"/>
        <source>New F&amp;low</source>
        <translation>Nuovo f&amp;lusso</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="272"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="276"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="280"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="284"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="285"/>
        <source>&amp;About Stratus Workbench</source>
        <translation>&amp;Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="286"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="296"/>
        <source>No recent projects</source>
        <translation>Nessun progetto recente</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="300"/>
        <source>Clear list</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="306"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="334"/>
        <source>%1 is not a Stratus project: it has no %2.</source>
        <translation>%1 non è un progetto Stratus: manca %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="372"/>
        <location filename="../app/workbench/mainwindow.cpp" line="376"/>
        <source>Open Project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="382"/>
        <source>New Project: choose where to create it</source>
        <translation>Nuovo progetto: scegli dove crearlo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="386"/>
        <source>New Project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="386"/>
        <source>Project name:</source>
        <translation>Nome del progetto:</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="417"/>
        <source>About Stratus Workbench</source>
        <translation>Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="420"/>
        <source>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Build, run and debug serverless functions on NATS: a local cluster with one click, live logs and invocation records.&lt;/p&gt;&lt;p&gt;Built with Qt %2, nats.c and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Sviluppa, esegui e correggi funzioni serverless su NATS: un cluster locale con un clic, log e record delle invocazioni in tempo reale.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2, nats.c e libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="464"/>
        <source>No source file is known for the function &apos;%1&apos;: is it in %2?</source>
        <translation>Nessun file sorgente noto per la funzione &apos;%1&apos;: è in %2?</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="474"/>
        <source>Open a project first.</source>
        <translation>Apri prima un progetto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="484"/>
        <source>Created %1 and added it to %2.</source>
        <translation>Creato %1 e aggiunto a %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="493"/>
        <source>Stratus Workbench</source>
        <translation>Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="494"/>
        <source>%1 — Stratus Workbench</source>
        <translation>%1 — Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="509"/>
        <source>Stopping the cluster before closing…</source>
        <translation>Arresto del cluster prima della chiusura…</translation>
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
    <name>Stratus::ManifestEditor</name>
    <message>
        <location filename="../core/manifesteditor.cpp" line="77"/>
        <source>%1: has no &quot;functions&quot; array to add to.</source>
        <translation>%1: non ha un array &quot;functions&quot; a cui aggiungere.</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="105"/>
        <source>The manifest would not be valid with this function:
%1</source>
        <translation>Il manifest non sarebbe valido con questa funzione:
%1</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="117"/>
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
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
    <name>Stratus::NewFunctionDialog</name>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="21"/>
        <source>New Function</source>
        <translation>Nuova funzione</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="22"/>
        <source>letters, digits, - and _</source>
        <translation>lettere, cifre, - e _</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="28"/>
        <source>cold: a process per event</source>
        <translation>a freddo: un processo per evento</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="29"/>
        <source>warm: a pool of long-lived workers</source>
        <translation>a caldo: un pool di worker di lunga durata</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="34"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="44"/>
        <source>&amp;Language:</source>
        <translation>&amp;Linguaggio:</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="45"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
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
    <name>Stratus::ProcessTableModel</name>
    <message>
        <location filename="../core/processtablemodel.cpp" line="96"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="110"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="112"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="113"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="120"/>
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="122"/>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="124"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="126"/>
        <source>Crashed</source>
        <translation>Andato in crash</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="128"/>
        <source>Restarting</source>
        <translation>In riavvio</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="130"/>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="141"/>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="143"/>
        <source>invoker</source>
        <translation>invoker</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="145"/>
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="147"/>
        <source>datastore</source>
        <translation>datastore</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="149"/>
        <source>flow</source>
        <translation>flusso</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="151"/>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="222"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="224"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="226"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="228"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="230"/>
        <source>Uptime</source>
        <translation>Attivo da</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="232"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="234"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="236"/>
        <source>Restarts</source>
        <translation>Riavvii</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectModel</name>
    <message>
        <location filename="../core/projectmodel.cpp" line="250"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/projectmodel.cpp" line="250"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectPanel</name>
    <message>
        <location filename="../panels/projectpanel.cpp" line="42"/>
        <source>Read the files and their git status again</source>
        <translation>Rileggi i file e il loro stato git</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="71"/>
        <source>No project</source>
        <translation>Nessun progetto</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="76"/>
        <source>%1 (not under git)</source>
        <translation>%1 (non sotto git)</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="78"/>
        <source>%1 (git, no commit yet)</source>
        <translation>%1 (git, ancora nessun commit)</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="80"/>
        <source>%1 (git: %2)</source>
        <translation>%1 (git: %2)</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectTemplate</name>
    <message>
        <location filename="../core/projecttemplate.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="43"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="54"/>
        <source>%1 is not a project: it has no %2</source>
        <translation>%1 non è un progetto: manca %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="57"/>
        <source>%1 already exists and is not empty</source>
        <translation>%1 esiste già e non è vuota</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="59"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="71"/>
        <source>cannot copy %1 to %2</source>
        <translation>impossibile copiare %1 in %2</translation>
    </message>
</context>
<context>
    <name>Stratus::RecordFeed</name>
    <message>
        <location filename="../core/recordfeed.cpp" line="85"/>
        <source>cannot create NATS options</source>
        <translation>impossibile creare le opzioni NATS</translation>
    </message>
    <message>
        <location filename="../core/recordfeed.cpp" line="97"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/recordfeed.cpp" line="104"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>impossibile sottoscriversi a %1: %2</translation>
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
    <name>Stratus::RegistryModel</name>
    <message>
        <location filename="../core/registrymodel.cpp" line="199"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="201"/>
        <source>Connecting to the registry…</source>
        <translation>Connessione al registro…</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="204"/>
        <source>Registry not running (the cluster is stopped): showing the manifest&apos;s functions.</source>
        <translation>Registro non in esecuzione (il cluster è fermo): mostro le funzioni del manifest.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="205"/>
        <source>Registry not running: showing the manifest&apos;s functions.</source>
        <translation>Registro non in esecuzione: mostro le funzioni del manifest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/registrymodel.cpp" line="207"/>
        <source>Registry: live, %n entries</source>
        <translation>
            <numerusform>Registro: in diretta, %n voce</numerusform>
            <numerusform>Registro: in diretta, %n voci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="217"/>
        <source>Registry not running: entries can only be edited in a live registry.</source>
        <translation>Registro non in esecuzione: le voci si possono modificare solo in un registro attivo.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="254"/>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="256"/>
        <source>function</source>
        <translation>funzione</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="258"/>
        <source>flow</source>
        <translation>flusso</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="264"/>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="282"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="284"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="286"/>
        <source>Revision</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="288"/>
        <source>Subject / topic</source>
        <translation>Soggetto / topic</translation>
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
    <name>Stratus::SettingsDialog</name>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="22"/>
        <source>From the project</source>
        <translation>Dal progetto</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="32"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="43"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="44"/>
        <source>nats-server on PATH</source>
        <translation>nats-server nel PATH</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="45"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="47"/>
        <source>Broker binary</source>
        <translation>Eseguibile del broker</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="56"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="56"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="57"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="64"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>La nuova lingua si applica al prossimo avvio del workbench.</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="67"/>
        <source>The broker binary applies the next time the workbench starts; ports at the next cluster start.</source>
        <translation>L&apos;eseguibile del broker si applica al prossimo avvio del workbench; le porte al prossimo avvio del cluster.</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="72"/>
        <source>Broker binary:</source>
        <translation>Eseguibile del broker:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="73"/>
        <source>Client port:</source>
        <translation>Porta client:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="74"/>
        <source>Monitoring port:</source>
        <translation>Porta di monitoraggio:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="76"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="77"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
</context>
<context>
    <name>Stratus::SourceFile</name>
    <message>
        <location filename="../core/sourcefile.cpp" line="15"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="18"/>
        <source>%1 is too large to edit (%2 bytes).</source>
        <translation>%1 è troppo grande da modificare (%2 byte).</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="25"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossibile creare la cartella di %1.</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::StressChart</name>
    <message>
        <location filename="../panels/stresschart.cpp" line="21"/>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>Stratus::StressCompareView</name>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="15"/>
        <source>Select two runs in Runs and press Compare.</source>
        <translation>Seleziona due esecuzioni in Esecuzioni e premi Confronta.</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="16"/>
        <source>Achieved rate</source>
        <translation>Frequenza raggiunta</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="16"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="17"/>
        <source>p95 latency</source>
        <translation>Latenza p95</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="17"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="20"/>
        <location filename="../panels/stresscompareview.cpp" line="42"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="20"/>
        <location filename="../panels/stresscompareview.cpp" line="43"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="20"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="20"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="35"/>
        <source>A: %1 — %2, %3
B: %4 — %5, %6</source>
        <translation>A: %1 — %2, %3
B: %4 — %5, %6</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="65"/>
        <source>requests/s</source>
        <translation>richieste/s</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="66"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="68"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="70"/>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="72"/>
        <source>max ms</source>
        <translation>max ms</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="73"/>
        <source>errors %</source>
        <translation>errori %</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="74"/>
        <source>sent</source>
        <translation>inviate</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="75"/>
        <source>late sends</source>
        <translation>invii in ritardo</translation>
    </message>
</context>
<context>
    <name>Stratus::StressPanel</name>
    <message>
        <location filename="../panels/stresspanel.cpp" line="43"/>
        <source>Load Profile…</source>
        <translation>Carica profilo…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="44"/>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="44"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="46"/>
        <source>Rate</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="46"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="47"/>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="47"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="48"/>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="48"/>
        <source>errors/s</source>
        <translation>errori/s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="49"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="49"/>
        <source>count</source>
        <translation>numero</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="50"/>
        <source>Latency histogram</source>
        <translation>Istogramma della latenza</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="50"/>
        <source>requests</source>
        <translation>richieste</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="51"/>
        <location filename="../panels/stresspanel.cpp" line="148"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="52"/>
        <source>Export JSON…</source>
        <translation>Esporta JSON…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="62"/>
        <source>A function or flow of the project</source>
        <translation>Una funzione o un flusso del progetto</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="63"/>
        <source>Start a stress run of the target with the selected profile</source>
        <translation>Avvia un test di stress del target con il profilo selezionato</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="69"/>
        <source>Default: 20/s for 10 s, then up to 200/s over 20 s</source>
        <translation>Predefinito: 20/s per 10 s, poi fino a 200/s in 20 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="71"/>
        <source>Constant 50/s for 10 s</source>
        <translation>Costante 50/s per 10 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="72"/>
        <source>Ramp 10/s to 300/s over 30 s</source>
        <translation>Rampa da 10/s a 300/s in 30 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="73"/>
        <source>Steps from 50/s, +50/s every 5 s, 5 steps</source>
        <translation>Gradini da 50/s, +50/s ogni 5 s, 5 gradini</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="74"/>
        <source>Spike: 50/s, 500/s for 5 s at 10 s, 30 s in all</source>
        <translation>Picco: 50/s, 500/s per 5 s a 10 s, 30 s in tutto</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="76"/>
        <source>Thesis: 1 request/s for 30 s (hey -c 1 -q 1 -z 30s)</source>
        <translation>Tesi: 1 richiesta/s per 30 s (hey -c 1 -q 1 -z 30s)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="81"/>
        <source>Thesis: 50 concurrent, 1000 requests (hey -n 1000 -c 50)</source>
        <translation>Tesi: 50 concorrenti, 1000 richieste (hey -n 1000 -c 50)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="89"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="93"/>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="99"/>
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="100"/>
        <source>achieved</source>
        <translation>raggiunta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="101"/>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="102"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="103"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="104"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="105"/>
        <source>errors</source>
        <translation>errori</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="106"/>
        <source>late sends</source>
        <translation>invii in ritardo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="107"/>
        <source>in flight</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="108"/>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="109"/>
        <source>workers</source>
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="110"/>
        <source>cold starts</source>
        <translation>avvii a freddo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Load</source>
        <translation>Carico</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Sent</source>
        <translation>Inviate</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="127"/>
        <source>Req/s</source>
        <translation>Req/s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="127"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="127"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="145"/>
        <source>Live</source>
        <translation>In diretta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="146"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="147"/>
        <source>Runs</source>
        <translation>Esecuzioni</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="159"/>
        <source>Load Stress Profile</source>
        <translation>Carica profilo di stress</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="160"/>
        <source>Stress profiles (*.json)</source>
        <translation>Profili di stress (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="170"/>
        <source>Saved as %1.</source>
        <translation>Salvata come %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="211"/>
        <source>flow %1</source>
        <translation>flusso %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="236"/>
        <source>%1 is not a function or flow of the project.</source>
        <translation>%1 non è una funzione né un flusso del progetto.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="264"/>
        <source>The cluster is not running: start it in the Cluster panel first.</source>
        <translation>Il cluster non è in esecuzione: avvialo prima nel pannello Cluster.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="292"/>
        <source>starting…</source>
        <translation>avvio…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="293"/>
        <source>Running %1 on %2.</source>
        <translation>Esecuzione di %1 su %2.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="321"/>
        <source>%1 s left</source>
        <translation>%1 s rimanenti</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="322"/>
        <source>%1 of %2 requests</source>
        <translation>%1 di %2 richieste</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="323"/>
        <source>Sent %1, ok %2, errors %3, in flight %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</source>
        <translation>Inviate %1, ok %2, errori %3, in corso %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="332"/>
        <source>Generator behind schedule: %1 requests late, max lag %2 ms.</source>
        <translation>Generatore in ritardo sul programma: %1 richieste in ritardo, ritardo massimo %2 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="334"/>
        <source>Breaching: %1.</source>
        <translation>Soglie superate: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="353"/>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="353"/>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="356"/>
        <source>The run could not start: %1</source>
        <translation>Impossibile avviare l&apos;esecuzione: %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="361"/>
        <source>%1 requests, %2 errors, %3 req/s, p95 %4 ms.</source>
        <translation>%1 richieste, %2 errori, %3 req/s, p95 %4 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="367"/>
        <source>Stopped: %1.</source>
        <translation>Interrotta: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="395"/>
        <source>requests by latency (ms)</source>
        <translation>richieste per latenza (ms)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="450"/>
        <source>Select exactly two runs to compare.</source>
        <translation>Seleziona esattamente due esecuzioni da confrontare.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="461"/>
        <location filename="../panels/stresspanel.cpp" line="468"/>
        <source>No run to export yet.</source>
        <translation>Ancora nessuna esecuzione da esportare.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="475"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="475"/>
        <source>Export JSON</source>
        <translation>Esporta JSON</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="476"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="476"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="480"/>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
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
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="54"/>
        <source>A workbench for serverless functions on NATS.</source>
        <translation>Un banco di lavoro per funzioni serverless su NATS.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="59"/>
        <source>The project to open (default: the bundled example).</source>
        <translation>Il progetto da aprire (predefinito: l&apos;esempio incluso).</translation>
    </message>
</context>
</TS>
