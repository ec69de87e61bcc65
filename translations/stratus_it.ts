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
    <name>Stratus</name>
    <message>
        <location filename="../core/projecttemplate.cpp" line="31"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="49"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="39"/>
        <source>%1 is not in a git repository: there are no revisions to compare with</source>
        <translation>%1 non è in un repository git: non ci sono revisioni con cui confrontarlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="42"/>
        <source>%1: cannot open its git repository</source>
        <translation>%1: impossibile aprire il suo repository git</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="46"/>
        <source>%1: the repository has no work tree</source>
        <translation>%1: il repository non ha un albero di lavoro</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="52"/>
        <source>%1 is outside the repository at %2</source>
        <translation>%1 è fuori dal repository in %2</translation>
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
        <location filename="../panels/clusterpanel.cpp" line="282"/>
        <source>on CPU %1 while the load fits</source>
        <translation>sulla CPU %1 finché il carico ci sta</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="298"/>
        <source>Not running</source>
        <translation>Non in esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="303"/>
        <source>nats-server %1, up %2
</source>
        <translation>nats-server %1, attivo da %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="304"/>
        <source>Connections: %1
</source>
        <translation>Connessioni: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="305"/>
        <source>Messages in/out: %1 / %2
</source>
        <translation>Messaggi in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="306"/>
        <source>Bytes in/out: %1 / %2
</source>
        <translation>Byte in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="307"/>
        <source>Slow consumers: %1
</source>
        <translation>Consumatori lenti: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="309"/>
        <source>JetStream: %1 streams, %2 consumers, %3 messages
</source>
        <translation>JetStream: %1 stream, %2 consumatori, %3 messaggi
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="313"/>
        <source>JetStream memory: %1 of %2
</source>
        <translation>Memoria JetStream: %1 di %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="314"/>
        <source>JetStream storage: %1 of %2</source>
        <translation>Archiviazione JetStream: %1 di %2</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="316"/>
        <source>JetStream: off</source>
        <translation>JetStream: disattivato</translation>
    </message>
</context>
<context>
    <name>Stratus::DebuggerPanel</name>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="93"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="94"/>
        <source>Load Older</source>
        <translation>Carica meno recenti</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="94"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="423"/>
        <source>Pause Recording</source>
        <translation>Sospendi registrazione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="95"/>
        <source>Clear…</source>
        <translation>Svuota…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="99"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="180"/>
        <source>Replay</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="100"/>
        <source>Run Edited Input</source>
        <translation>Esegui input modificato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="100"/>
        <source>Debug…</source>
        <translation>Debug…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="101"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="101"/>
        <source>Save as Test Event…</source>
        <translation>Salva come evento di test…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="102"/>
        <source>Run Saved Events</source>
        <translation>Esegui eventi salvati</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="106"/>
        <source>Search ids, inputs, outputs, stderr…</source>
        <translation>Cerca id, input, output, stderr…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="128"/>
        <source>Timings</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="129"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="161"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="130"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="131"/>
        <source>Stderr</source>
        <translation>Stderr</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="132"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="151"/>
        <source>Run the function locally with the recorded input (Ctrl+R)</source>
        <translation>Esegue la funzione in locale con l&apos;input registrato (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="152"/>
        <source>Run the function locally with the input as edited</source>
        <translation>Esegue la funzione in locale con l&apos;input modificato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="153"/>
        <source>Replay under the function&apos;s external debugger (its &quot;debug&quot; in stratus.json)</source>
        <translation>Riproduce sotto il debugger esterno della funzione (il suo &quot;debug&quot; in stratus.json)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="162"/>
        <source>Recorded output</source>
        <translation>Output registrato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="163"/>
        <source>Replayed output</source>
        <translation>Output riprodotto</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="184"/>
        <source>Test event</source>
        <translation>Evento di test</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="184"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="184"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="184"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="196"/>
        <source>Test Events</source>
        <translation>Eventi di test</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="197"/>
        <source>Flow Run</source>
        <translation>Esecuzione del flusso</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="216"/>
        <source>List the next %1 older events</source>
        <translation>Elenca altri %1 eventi meno recenti</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="229"/>
        <source>Save as Test Event</source>
        <translation>Salva come evento di test</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="230"/>
        <source>Name (saved as events/%1/NAME.json):</source>
        <translation>Nome (salvato come events/%1/NAME.json):</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="239"/>
        <source>Clear recorded events</source>
        <translation>Svuota eventi registrati</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="240"/>
        <source>Drop every recorded invocation and flow run of this cluster?</source>
        <translation>Eliminare ogni invocazione ed esecuzione di flusso registrata di questo cluster?</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="251"/>
        <source>%1. The replay waits for it, then runs at the debugger&apos;s pace; Cancel stops it.</source>
        <translation>%1. La riproduzione lo attende, poi procede al ritmo del debugger; Annulla la interrompe.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="257"/>
        <source>Debugger attached: the function runs at your debugger&apos;s pace.</source>
        <translation>Debugger collegato: la funzione procede al ritmo del tuo debugger.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="263"/>
        <source>pass</source>
        <translation>superato</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="263"/>
        <source>FAIL</source>
        <translation>FALLITO</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="288"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="468"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="374"/>
        <source>No cluster is running: start it to see its recorded events.</source>
        <translation>Nessun cluster in esecuzione: avvialo per vederne gli eventi registrati.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="423"/>
        <source>Resume Recording</source>
        <translation>Riprendi registrazione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="425"/>
        <source>Recording %1 · %2 events, %3 of %4 · %5</source>
        <translation>Registrazione %1 · %2 eventi, %3 di %4 · %5</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="426"/>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="426"/>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="430"/>
        <source>kept %1 h</source>
        <translation>conservati %1 h</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="431"/>
        <source>kept until the size limit</source>
        <translation>conservati fino al limite di dimensione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="452"/>
        <source>%1 is not among the recorded events (recorded while paused, expired, or cleared).</source>
        <translation>%1 non è tra gli eventi registrati (registrato durante la pausa, scaduto o eliminato).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="471"/>
        <source>Function: %1</source>
        <translation>Funzione: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="473"/>
        <source>Flow: %1</source>
        <translation>Flusso: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="540"/>
        <source>Event      %1 (%2 %3)</source>
        <translation>Evento            %1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="541"/>
        <source>Id         %1</source>
        <translation>Id                %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="542"/>
        <source>Status     %1</source>
        <translation>Stato             %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="545"/>
        <source>Exit code  %1</source>
        <translation>Codice di uscita  %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="546"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="563"/>
        <source>Started    %1</source>
        <translation>Inizio            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="548"/>
        <source>Duration   %1 (from the invoker taking the event to its reply)</source>
        <translation>Durata            %1 (da quando l&apos;invoker prende l&apos;evento alla sua risposta)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="550"/>
        <source>Start      %1 (%2 mode)</source>
        <translation>Avvio             %1 (modalità %2)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="551"/>
        <source>cold: paid for a process start</source>
        <translation>a freddo: pagato l&apos;avvio di un processo</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="552"/>
        <source>warm: a running worker</source>
        <translation>a caldo: un worker in esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="554"/>
        <source>Invoker    %1, process %2</source>
        <translation>Invoker           %1, processo %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="557"/>
        <source>Subject    %1</source>
        <translation>Soggetto          %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="558"/>
        <source>Input      %1</source>
        <translation>Input             %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="560"/>
        <source>Output     %1</source>
        <translation>Output            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="565"/>
        <source>Duration   %1</source>
        <translation>Durata            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="566"/>
        <source>Node timings:</source>
        <translation>Tempi dei nodi:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="584"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="586"/>
        <source>Input %1</source>
        <translation>Input %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="588"/>
        <source>Output %1</source>
        <translation>Output %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="598"/>
        <source>(no output: %1)</source>
        <translation>(nessun output: %1)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="599"/>
        <source>(nothing on stderr)</source>
        <translation>(niente su stderr)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="614"/>
        <source>Flow runs are stepped through on their graph (Flow Run tab); replay runs functions.</source>
        <translation>Le esecuzioni dei flussi si seguono passo passo sul loro grafo (scheda Esecuzione del flusso); la riproduzione esegue funzioni.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="615"/>
        <source>Replay runs %1 on this machine with this input (Ctrl+R).</source>
        <translation>Riproduci esegue %1 su questa macchina con questo input (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="629"/>
        <source>A flow run has no environment of its own: each node&apos;s function runs in its own.</source>
        <translation>Un&apos;esecuzione di flusso non ha un ambiente proprio: la funzione di ogni nodo gira nel suo.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="635"/>
        <source>The open project declares no function %1: its environment is unknown.</source>
        <translation>Il progetto aperto non dichiara alcuna funzione %1: il suo ambiente è sconosciuto.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="643"/>
        <source># As the invoker set it, from the manifest&apos;s env and this event (a replay uses the same;</source>
        <translation># Come lo ha impostato l&apos;invoker, dall&apos;env del manifest e da questo evento (una riproduzione usa lo stesso;</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="644"/>
        <source># STRATUS_MODE is cold there: one event per process).</source>
        <translation># lì STRATUS_MODE è cold: un evento per processo).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="647"/>
        <source># Command: %1 %2 (in %3)</source>
        <translation># Comando: %1 %2 (in %3)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="650"/>
        <source># Debugger: %1 on %2:%3, waits %4 ms for it</source>
        <translation># Debugger: %1 su %2:%3, lo attende %4 ms</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="671"/>
        <source>Cannot show the run on its graph: %1</source>
        <translation>Impossibile mostrare l&apos;esecuzione sul suo grafo: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="731"/>
        <source>%1&apos;s input was %2: debug it with an input of your own (edit it, then Debug…)</source>
        <translation>L&apos;input di %1 era %2: esegui il debug con un input tuo (modificalo, poi Debug…)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="750"/>
        <source>running…</source>
        <translation>in esecuzione…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="753"/>
        <source>Starting %1 under its debugger…</source>
        <translation>Avvio di %1 sotto il suo debugger…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="754"/>
        <source>Running %1 locally…</source>
        <translation>Esecuzione di %1 in locale…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="784"/>
        <source>The replay failed (%1, %2): %3</source>
        <translation>La riproduzione non è riuscita (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="792"/>
        <source>Identical to the recorded output, compared as JSON; replayed in %1.</source>
        <translation>Identico all&apos;output registrato, confrontato come JSON; riprodotto in %1.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="793"/>
        <source>Identical to the recorded output; replayed in %1.</source>
        <translation>Identico all&apos;output registrato; riprodotto in %1.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="795"/>
        <source>no differences</source>
        <translation>nessuna differenza</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="802"/>
        <source>1 difference from the recorded output, compared as JSON; replayed in %1:</source>
        <translation>1 differenza dall&apos;output registrato, confrontato come JSON; riprodotto in %1:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="803"/>
        <source>%1 differences from the recorded output, compared as JSON; replayed in %2:</source>
        <translation>%1 differenze dall&apos;output registrato, confrontato come JSON; riprodotto in %2:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="815"/>
        <source>The output differs from the recorded one, line by line; replayed in %1:</source>
        <translation>L&apos;output differisce da quello registrato, riga per riga; riprodotto in %1:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="870"/>
        <source>Saved %1 with its expected output.</source>
        <translation>%1 salvato con il suo output atteso.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="871"/>
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
        <location filename="../panels/deploypanel.cpp" line="51"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="52"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="53"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Invokers ready</source>
        <translation>Invoker pronti</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Kept</source>
        <translation>Conservate</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="56"/>
        <location filename="../panels/deploypanel.cpp" line="351"/>
        <source>Deploy</source>
        <translation>Distribuisci</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Running on</source>
        <translation>In esecuzione su</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="60"/>
        <source>Diff with Project</source>
        <translation>Confronta con il progetto</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="61"/>
        <source>Roll Back to Release</source>
        <translation>Torna alla release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="69"/>
        <source>What this release changes</source>
        <translation>Cosa cambia questa release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="86"/>
        <source>Select a release and press Diff with Project to see what changed since.</source>
        <translation>Seleziona una release e premi Confronta con il progetto per vedere cosa è cambiato da allora.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="89"/>
        <source>Target:</source>
        <translation>Destinazione:</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="110"/>
        <source>Releases</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="172"/>
        <source>Cannot diff release %1 with the project: %2</source>
        <translation>Impossibile confrontare la release %1 con il progetto: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="174"/>
        <source>The project is as release %1 left it: no change.</source>
        <translation>Il progetto è come lo ha lasciato la release %1: nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="176"/>
        <source>From release %1 to the project as it is now:

</source>
        <translation>Dalla release %1 al progetto com&apos;è ora:

</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="182"/>
        <source>The secrets of %1 were not stored: %2</source>
        <translation>I segreti di %1 non sono stati memorizzati: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="217"/>
        <source>Open a project to deploy it.</source>
        <translation>Apri un progetto per distribuirlo.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="221"/>
        <source>deploy.json cannot be used: %1</source>
        <translation>deploy.json non è utilizzabile: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="225"/>
        <source>No deploy target yet: press Add… to name a remote cluster and its git remote.</source>
        <translation>Ancora nessuna destinazione di distribuzione: premi Aggiungi… per indicare un cluster remoto e il suo remote git.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="232"/>
        <source>Not checked yet.</source>
        <translation>Non ancora verificato.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="235"/>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/deploypanel.cpp" line="239"/>
        <source>Reachable: %n node(s) answered at %1.</source>
        <translation>
            <numerusform>Raggiungibile: %n nodo ha risposto alle %1.</numerusform>
            <numerusform>Raggiungibile: %n nodi hanno risposto alle %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="241"/>
        <source>Releases: %1</source>
        <translation>Release: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="244"/>
        <source>Unreachable: %1</source>
        <translation>Non raggiungibile: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="270"/>
        <source>(not answering)</source>
        <translation>(non risponde)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="271"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="281"/>
        <source>deploying</source>
        <translation>distribuzione in corso</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="299"/>
        <source>tag %1, commit %2</source>
        <translation>tag %1, commit %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="351"/>
        <source>Deploying…</source>
        <translation>Distribuzione…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="354"/>
        <source>Select a release</source>
        <translation>Seleziona una release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="355"/>
        <source>Every node keeps %1: roll back to it</source>
        <translation>Ogni nodo conserva %1: torna a questa release</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="356"/>
        <source>%1 is running, or not kept on every node</source>
        <translation>%1 è in esecuzione, o non è conservata su ogni nodo</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="366"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="422"/>
        <source>Remove Deploy Target</source>
        <translation>Rimuovi destinazione di distribuzione</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="423"/>
        <source>Remove %1 from deploy.json? The remote cluster and its releases are not touched.</source>
        <translation>Rimuovere %1 da deploy.json? Il cluster remoto e le sue release restano intatti.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="438"/>
        <source>Deploying to %1…</source>
        <translation>Distribuzione su %1…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="449"/>
        <source>Rolling %1 back to %2…</source>
        <translation>Ritorno di %1 a %2…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="459"/>
        <source>Comparing release %1 with the project…</source>
        <translation>Confronto della release %1 con il progetto…</translation>
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
        <location filename="../panels/flow/floweditorpanel.cpp" line="100"/>
        <source>Cannot connect: %1</source>
        <translation>Impossibile collegare: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="102"/>
        <source>Connected %1.</source>
        <translation>%1 collegato.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="126"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="141"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="142"/>
        <source>Drag nodes from the palette; drag from a node&apos;s right port to another node to connect.</source>
        <translation>Trascina i nodi dalla tavolozza; trascina dalla porta destra di un nodo a un altro nodo per collegarli.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="159"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="175"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="175"/>
        <source>Start an empty flow</source>
        <translation>Inizia un flusso vuoto</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="176"/>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="176"/>
        <source>Open a flow file</source>
        <translation>Apre un file di flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="177"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="177"/>
        <source>Write the flow in canonical form</source>
        <translation>Scrive il flusso in forma canonica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="178"/>
        <source>Save As…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="178"/>
        <source>Write the flow to another file</source>
        <translation>Scrive il flusso in un altro file</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="179"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="197"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="183"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="198"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="199"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="199"/>
        <source>Delete the selected nodes and edges</source>
        <translation>Elimina i nodi e gli archi selezionati</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="202"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="202"/>
        <source>Duplicate the selected nodes</source>
        <translation>Duplica i nodi selezionati</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="202"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Copy the selected nodes and the edges between them</source>
        <translation>Copia i nodi selezionati e gli archi tra di essi</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="205"/>
        <source>Cut</source>
        <translation>Taglia</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="205"/>
        <source>Cut the selected nodes</source>
        <translation>Taglia i nodi selezionati</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="206"/>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="206"/>
        <source>Paste nodes at the pointer</source>
        <translation>Incolla i nodi nella posizione del puntatore</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="207"/>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="207"/>
        <source>Select every node and edge</source>
        <translation>Seleziona ogni nodo e arco</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="209"/>
        <source>Auto Layout</source>
        <translation>Disposizione automatica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="209"/>
        <source>Arrange the nodes left to right</source>
        <translation>Dispone i nodi da sinistra a destra</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="209"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Show the whole flow</source>
        <translation>Mostra l&apos;intero flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="211"/>
        <source>Zoom In</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="211"/>
        <source>Zoom in</source>
        <translation>Ingrandisce</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="212"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="212"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="214"/>
        <source>Zoom Out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="214"/>
        <source>Zoom out</source>
        <translation>Riduce</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="214"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Compare…</source>
        <translation>Confronta…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Compare with a git revision or another flow file</source>
        <translation>Confronta con una revisione git o con un altro file di flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="216"/>
        <source>Set as Start</source>
        <translation>Imposta come iniziale</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="216"/>
        <source>Make the selected node the flow&apos;s first node</source>
        <translation>Rende il nodo selezionato il primo nodo del flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="236"/>
        <source>Save Flow As</source>
        <translation>Salva flusso con nome</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="237"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="329"/>
        <source>Flows (*.flow.json)</source>
        <translation>Flussi (*.flow.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="298"/>
        <source>Opened %1; its nodes had no positions and were laid out (save to keep them).</source>
        <translation>Aperto %1; i suoi nodi non avevano posizioni e sono stati disposti (salva per mantenerle).</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="300"/>
        <source>Opened %1.</source>
        <translation>%1 aperto.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="307"/>
        <source>Flows</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="308"/>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 ha modifiche non salvate. Scartarle?</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="319"/>
        <source>Open Flow</source>
        <translation>Apri flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="319"/>
        <source>Flows (*.flow.json);;JSON (*.json)</source>
        <translation>Flussi (*.flow.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="328"/>
        <source>Save Flow</source>
        <translation>Salva flusso</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="331"/>
        <source>Not saved: no file chosen.</source>
        <translation>Non salvato: nessun file scelto.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="341"/>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="354"/>
        <source>A new flow: drag nodes from the palette.</source>
        <translation>Un nuovo flusso: trascina i nodi dalla tavolozza.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="376"/>
        <source>untitled</source>
        <translation>senza titolo</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/floweditorpanel.cpp" line="460"/>
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nodo copiato.</numerusform>
            <numerusform>%n nodi copiati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="480"/>
        <source>Cannot paste: %1</source>
        <translation>Impossibile incollare: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/floweditorpanel.cpp" line="484"/>
        <source>Pasted %n node(s).</source>
        <translation>
            <numerusform>%n nodo incollato.</numerusform>
            <numerusform>%n nodi incollati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="495"/>
        <source>Cannot duplicate: %1</source>
        <translation>Impossibile duplicare: %1</translation>
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
        <location filename="../core/flowedit/flowrevisions.cpp" line="93"/>
        <source>%1: cannot walk the history</source>
        <translation>%1: impossibile percorrere la cronologia</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="104"/>
        <source>%1: cannot read commit %2</source>
        <translation>%1: impossibile leggere il commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="146"/>
        <source>%1: there is no commit %2</source>
        <translation>%1: non esiste il commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="150"/>
        <source>%1: %2 is not a commit</source>
        <translation>%1: %2 non è un commit</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="154"/>
        <source>%1 does not exist in commit %2</source>
        <translation>%1 non esiste nel commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="158"/>
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
        <location filename="../panels/functionspanel.cpp" line="95"/>
        <source>Invoke</source>
        <translation>Invoca</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="34"/>
        <location filename="../panels/functionspanel.cpp" line="123"/>
        <source>Stress Test</source>
        <translation>Test di stress</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="50"/>
        <source>Select an entry to see its details.</source>
        <translation>Seleziona una voce per vederne i dettagli.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="51"/>
        <source>A service&apos;s entry can be edited here and saved to the registry.</source>
        <translation>La voce di un servizio si può modificare qui e salvare nel registro.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="52"/>
        <source>Write this service entry to the registry (refused if it changed meanwhile)</source>
        <translation>Scrive questa voce di servizio nel registro (rifiutata se nel frattempo è cambiata)</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="53"/>
        <source>Edit the source this function runs</source>
        <translation>Modifica il sorgente che questa funzione esegue</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="59"/>
        <source>The event: JSON or any text</source>
        <translation>L&apos;evento: JSON o qualsiasi testo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="63"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="64"/>
        <source>How long to wait for the reply</source>
        <translation>Quanto attendere la risposta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="67"/>
        <source>The result or the error appears here.</source>
        <translation>Qui compare il risultato o l&apos;errore.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="83"/>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="96"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="115"/>
        <source>Entry saved.</source>
        <translation>Voce salvata.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="116"/>
        <location filename="../panels/functionspanel.cpp" line="224"/>
        <source>Entry not saved: %1</source>
        <translation>Voce non salvata: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="122"/>
        <source>Load-test the selected function or flow with the default profile</source>
        <translation>Esegue un test di carico della funzione o del flusso selezionato con il profilo predefinito</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="131"/>
        <source>Load Payload</source>
        <translation>Carica payload</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="225"/>
        <source>Entry not saved: it must be a JSON object.</source>
        <translation>Voce non salvata: deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="253"/>
        <source>Invoking %1 on %2…</source>
        <translation>Invocazione di %1 su %2…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="263"/>
        <source>Failed: %1</source>
        <translation>Fallita: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="270"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="271"/>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="272"/>
        <source>Stratus-Status: %1 · duration %2 · round trip %3 ms · %4</source>
        <translation>Stratus-Status: %1 · durata %2 · andata e ritorno %3 ms · %4</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="275"/>
        <source>cold</source>
        <translation>a freddo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="275"/>
        <source>warm</source>
        <translation>a caldo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="277"/>
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
        <location filename="../panels/logspanel.cpp" line="61"/>
        <source>Keep the newest line in view</source>
        <translation>Mantieni visibile la riga più recente</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="63"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="64"/>
        <source>Copy the selected lines</source>
        <translation>Copia le righe selezionate</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="66"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="67"/>
        <source>Save the lines shown to a file</source>
        <translation>Salva in un file le righe mostrate</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="69"/>
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
        <location filename="../app/workbench/mainwindow.cpp" line="79"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="81"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="83"/>
        <source>Invocations</source>
        <translation>Invocazioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="85"/>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="87"/>
        <source>Functions</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="89"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="93"/>
        <source>Deploy</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="102"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="105"/>
        <source>Flows</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="107"/>
        <location filename="../app/workbench/mainwindow.cpp" line="108"/>
        <source>Flows — %1</source>
        <translation>Flussi — %1</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="118"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="121"/>
        <source>Open in Debugger</source>
        <translation>Apri nel debugger</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="191"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="193"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="220"/>
        <source>Saved; no running invoker runs %1.</source>
        <translation>Salvato; nessun invoker in esecuzione esegue %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="221"/>
        <source>Restarting %1.</source>
        <translation>Riavvio di %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="246"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="247"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="248"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="251"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="253"/>
        <source>New &amp;Function…</source>
        <translation>Nuova &amp;funzione…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="254"/>
        <source>New F&amp;low</source>
        <translation>Nuovo f&amp;lusso</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="260"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="262"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="264"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="268"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="272"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="273"/>
        <source>&amp;About Stratus Workbench</source>
        <translation>&amp;Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="274"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="284"/>
        <source>No recent projects</source>
        <translation>Nessun progetto recente</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="288"/>
        <source>Clear list</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="294"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="322"/>
        <source>%1 is not a Stratus project: it has no %2.</source>
        <translation>%1 non è un progetto Stratus: manca %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="360"/>
        <location filename="../app/workbench/mainwindow.cpp" line="364"/>
        <source>Open Project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="370"/>
        <source>New Project: choose where to create it</source>
        <translation>Nuovo progetto: scegli dove crearlo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="374"/>
        <source>New Project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="374"/>
        <source>Project name:</source>
        <translation>Nome del progetto:</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="405"/>
        <source>About Stratus Workbench</source>
        <translation>Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="408"/>
        <source>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Build, run and debug serverless functions on NATS: a local cluster with one click, live logs and invocation records.&lt;/p&gt;&lt;p&gt;Built with Qt %2, nats.c and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Sviluppa, esegui e correggi funzioni serverless su NATS: un cluster locale con un clic, log e record delle invocazioni in tempo reale.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2, nats.c e libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="452"/>
        <source>No source file is known for the function &apos;%1&apos;: is it in %2?</source>
        <translation>Nessun file sorgente noto per la funzione &apos;%1&apos;: è in %2?</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="462"/>
        <source>Open a project first.</source>
        <translation>Apri prima un progetto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="472"/>
        <source>Created %1 and added it to %2.</source>
        <translation>Creato %1 e aggiunto a %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="481"/>
        <source>Stratus Workbench</source>
        <translation>Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="482"/>
        <source>%1 — Stratus Workbench</source>
        <translation>%1 — Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="497"/>
        <source>Stopping the cluster before closing…</source>
        <translation>Arresto del cluster prima della chiusura…</translation>
    </message>
</context>
<context>
    <name>Stratus::ManifestEditor</name>
    <message>
        <location filename="../core/manifesteditor.cpp" line="83"/>
        <source>%1: has no &quot;functions&quot; array to add to.</source>
        <translation>%1: non ha un array &quot;functions&quot; a cui aggiungere.</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="111"/>
        <source>The manifest would not be valid with this function:
%1</source>
        <translation>Il manifest non sarebbe valido con questa funzione:
%1</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="123"/>
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
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
        <location filename="../core/projecttemplate.cpp" line="60"/>
        <source>%1 is not a project: it has no %2</source>
        <translation>%1 non è un progetto: manca %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="63"/>
        <source>%1 already exists and is not empty</source>
        <translation>%1 esiste già e non è vuota</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="65"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="77"/>
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
        <location filename="../panels/stresspanel.cpp" line="123"/>
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
        <location filename="../panels/stresspanel.cpp" line="145"/>
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
        <location filename="../panels/stresspanel.cpp" line="87"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="89"/>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="96"/>
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="97"/>
        <source>achieved</source>
        <translation>raggiunta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="98"/>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="99"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="100"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="101"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="102"/>
        <source>errors</source>
        <translation>errori</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="103"/>
        <source>late sends</source>
        <translation>invii in ritardo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="104"/>
        <source>in flight</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="105"/>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="106"/>
        <source>workers</source>
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="107"/>
        <source>cold starts</source>
        <translation>avvii a freddo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Load</source>
        <translation>Carico</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Sent</source>
        <translation>Inviate</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="124"/>
        <source>Req/s</source>
        <translation>Req/s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="124"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="124"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="142"/>
        <source>Live</source>
        <translation>In diretta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="143"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="144"/>
        <source>Runs</source>
        <translation>Esecuzioni</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="156"/>
        <source>Load Stress Profile</source>
        <translation>Carica profilo di stress</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="157"/>
        <source>Stress profiles (*.json)</source>
        <translation>Profili di stress (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="167"/>
        <source>Saved as %1.</source>
        <translation>Salvata come %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="208"/>
        <source>flow %1</source>
        <translation>flusso %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="233"/>
        <source>%1 is not a function or flow of the project.</source>
        <translation>%1 non è una funzione né un flusso del progetto.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="250"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="261"/>
        <source>The cluster is not running: start it in the Cluster panel first.</source>
        <translation>Il cluster non è in esecuzione: avvialo prima nel pannello Cluster.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="289"/>
        <source>starting…</source>
        <translation>avvio…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="290"/>
        <source>Running %1 on %2.</source>
        <translation>Esecuzione di %1 su %2.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="318"/>
        <source>%1 s left</source>
        <translation>%1 s rimanenti</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="319"/>
        <source>%1 of %2 requests</source>
        <translation>%1 di %2 richieste</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="320"/>
        <source>Sent %1, ok %2, errors %3, in flight %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</source>
        <translation>Inviate %1, ok %2, errori %3, in corso %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="329"/>
        <source>Generator behind schedule: %1 requests late, max lag %2 ms.</source>
        <translation>Generatore in ritardo sul programma: %1 richieste in ritardo, ritardo massimo %2 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="331"/>
        <source>Breaching: %1.</source>
        <translation>Soglie superate: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="350"/>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="350"/>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="353"/>
        <source>The run could not start: %1</source>
        <translation>Impossibile avviare l&apos;esecuzione: %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="358"/>
        <source>%1 requests, %2 errors, %3 req/s, p95 %4 ms.</source>
        <translation>%1 richieste, %2 errori, %3 req/s, p95 %4 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="364"/>
        <source>Stopped: %1.</source>
        <translation>Interrotta: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="392"/>
        <source>requests by latency (ms)</source>
        <translation>richieste per latenza (ms)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="447"/>
        <source>Select exactly two runs to compare.</source>
        <translation>Seleziona esattamente due esecuzioni da confrontare.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="458"/>
        <location filename="../panels/stresspanel.cpp" line="465"/>
        <source>No run to export yet.</source>
        <translation>Ancora nessuna esecuzione da esportare.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="472"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="472"/>
        <source>Export JSON</source>
        <translation>Esporta JSON</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="473"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="473"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="477"/>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
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
