<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Stratus</name>
    <message>
        <location filename="../core/projecttemplate.cpp" line="31" />
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="49" />
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::BrokerMonitor</name>
    <message>
        <location filename="../core/brokermonitor.cpp" line="89" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::ClusterPanel</name>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="33" />
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="35" />
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="37" />
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="39" />
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="41" />
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="56" />
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="59" />
        <source>Start the broker and every function's invokers</source>
        <translation>Avvia il broker e gli invoker di ogni funzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="60" />
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="63" />
        <source>Restart</source>
        <translation>Riavvia</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="67" />
        <source>Restart process</source>
        <translation>Riavvia processo</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="72" />
        <source>Kill</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="77" />
        <source>Send SIGKILL, as a crash would: the supervisor restarts the process</source>
        <translation>Invia SIGKILL, come farebbe un crash: il supervisore riavvia il processo</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="80" />
        <source>Replicas: </source>
        <translation>Repliche: </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="83" />
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="85" />
        <source>Run this many invokers of the selected function</source>
        <translation>Esegui questo numero di invoker della funzione selezionata</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="122" />
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="154" />
        <source>Monitoring unavailable:
%1</source>
        <translation>Monitoraggio non disponibile:
%1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="207" />
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/clusterpanel.cpp" line="248" />
        <source>%1 now runs %n invoker(s).</source>
        <translation>
            <numerusform>%1 ora esegue %n invoker.</numerusform>
            <numerusform>%1 ora esegue %n invoker.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="272" />
        <source>No cluster</source>
        <translation>Nessun cluster</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="276" />
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="293" />
        <source>Not running</source>
        <translation>Non in esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="298" />
        <source>nats-server %1, up %2
</source>
        <translation>nats-server %1, attivo da %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="299" />
        <source>Connections: %1
</source>
        <translation>Connessioni: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="300" />
        <source>Messages in/out: %1 / %2
</source>
        <translation>Messaggi in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="301" />
        <source>Bytes in/out: %1 / %2
</source>
        <translation>Byte in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="302" />
        <source>Slow consumers: %1
</source>
        <translation>Consumatori lenti: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="304" />
        <source>JetStream: %1 streams, %2 consumers, %3 messages
</source>
        <translation>JetStream: %1 stream, %2 consumatori, %3 messaggi
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="308" />
        <source>JetStream memory: %1 of %2
</source>
        <translation>Memoria JetStream: %1 di %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="309" />
        <source>JetStream storage: %1 of %2</source>
        <translation>Archiviazione JetStream: %1 di %2</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="311" />
        <source>JetStream: off</source>
        <translation>JetStream: disattivato</translation>
    </message>
</context>
<context>
    <name>Stratus::EditorPanel</name>
    <message>
        <location filename="../panels/editorpanel.cpp" line="26" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="26" />
        <source>Save and &amp;Restart</source>
        <translation>Salva e &amp;riavvia</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="29" />
        <source>Write the file to disk (Ctrl+S)</source>
        <translation>Scrive il file su disco (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="31" />
        <source>Write the file, then restart the invokers of the functions that run it</source>
        <translation>Scrive il file, poi riavvia gli invoker delle funzioni che lo eseguono</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="54" />
        <source>Double-click a file in the Project panel to edit it.</source>
        <translation>Fai doppio clic su un file nel pannello Progetto per modificarlo.</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="153" />
        <source>Saving %1…</source>
        <translation>Salvataggio di %1…</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="164" />
        <source>Saved %1; restarting its functions.</source>
        <translation>%1 salvato; riavvio delle sue funzioni.</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="165" />
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
</context>
<context>
    <name>Stratus::FunctionCaller</name>
    <message>
        <location filename="../core/functioncaller.cpp" line="15" />
        <source>The cluster is not running: start it first.</source>
        <translation>Il cluster non è in esecuzione: avvialo prima.</translation>
    </message>
</context>
<context>
    <name>Stratus::FunctionsPanel</name>
    <message>
        <location filename="../panels/functionspanel.cpp" line="30" />
        <source>Save Entry</source>
        <translation>Salva voce</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="30" />
        <source>Open Source</source>
        <translation>Apri sorgente</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="31" />
        <source>Load…</source>
        <translation>Carica…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="32" />
        <location filename="../panels/functionspanel.cpp" line="91" />
        <source>Invoke</source>
        <translation>Invoca</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="47" />
        <source>Select an entry to see its details.</source>
        <translation>Seleziona una voce per vederne i dettagli.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="48" />
        <source>A service's entry can be edited here and saved to the registry.</source>
        <translation>La voce di un servizio si può modificare qui e salvare nel registro.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="49" />
        <source>Write this service entry to the registry (refused if it changed meanwhile)</source>
        <translation>Scrive questa voce di servizio nel registro (rifiutata se nel frattempo è cambiata)</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="50" />
        <source>Edit the source this function runs</source>
        <translation>Modifica il sorgente che questa funzione esegue</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="56" />
        <source>The event: JSON or any text</source>
        <translation>L'evento: JSON o qualsiasi testo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="60" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="61" />
        <source>How long to wait for the reply</source>
        <translation>Quanto attendere la risposta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="64" />
        <source>The result or the error appears here.</source>
        <translation>Qui compare il risultato o l'errore.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="80" />
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="92" />
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="111" />
        <source>Entry saved.</source>
        <translation>Voce salvata.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="111" />
        <location filename="../panels/functionspanel.cpp" line="198" />
        <source>Entry not saved: %1</source>
        <translation>Voce non salvata: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="118" />
        <source>Load Payload</source>
        <translation>Carica payload</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="199" />
        <source>Entry not saved: it must be a JSON object.</source>
        <translation>Voce non salvata: deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="227" />
        <source>Invoking %1 on %2…</source>
        <translation>Invocazione di %1 su %2…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="238" />
        <source>Failed: %1</source>
        <translation>Fallita: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="244" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="245" />
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="246" />
        <source>Stratus-Status: %1 · duration %2 · round trip %3 ms · %4</source>
        <translation>Stratus-Status: %1 · durata %2 · andata e ritorno %3 ms · %4</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="249" />
        <source>cold</source>
        <translation>a freddo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="249" />
        <source>warm</source>
        <translation>a caldo</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="251" />
        <source> · exit code %1</source>
        <translation> · codice di uscita %1</translation>
    </message>
</context>
<context>
    <name>Stratus::GitStatus</name>
    <message>
        <location filename="../core/gitstatus.cpp" line="98" />
        <source>cannot open the repository</source>
        <translation>impossibile aprire il repository</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="123" />
        <source>cannot read the git status</source>
        <translation>impossibile leggere lo stato git</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="155" />
        <source>git init %1</source>
        <translation>git init %1</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="189" />
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="191" />
        <source>modified</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="193" />
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="195" />
        <source>renamed</source>
        <translation>rinominato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="197" />
        <source>type changed</source>
        <translation>tipo cambiato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="199" />
        <source>ignored</source>
        <translation>ignorato</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="201" />
        <source>conflicted</source>
        <translation>in conflitto</translation>
    </message>
</context>
<context>
    <name>Stratus::InvocationModel</name>
    <message>
        <location filename="../core/invocationmodel.cpp" line="22" />
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="24" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="25" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="70" />
        <location filename="../core/invocationmodel.cpp" line="151" />
        <source>cold</source>
        <translation>a freddo</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="70" />
        <location filename="../core/invocationmodel.cpp" line="151" />
        <source>warm</source>
        <translation>a caldo</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="83" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="85" />
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="87" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="89" />
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="91" />
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="93" />
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="141" />
        <source> (truncated, %1 bytes in all)</source>
        <translation> (troncato, %1 byte in tutto)</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="144" />
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
        <location filename="../core/invocationmodel.cpp" line="147" />
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
        <location filename="../core/invocationmodel.cpp" line="153" />
        <source>Error: %1
</source>
        <translation>Errore: %1
</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="154" />
        <source>Input%1:</source>
        <translation>Input%1:</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="156" />
        <source>Output%1:</source>
        <translation>Output%1:</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="158" />
        <source>Stderr:</source>
        <translation>Stderr:</translation>
    </message>
</context>
<context>
    <name>Stratus::InvocationsPanel</name>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="27" />
        <source>All functions</source>
        <translation>Tutte le funzioni</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="28" />
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="52" />
        <source>Search function, status or request id…</source>
        <translation>Cerca funzione, stato o id richiesta…</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="76" />
        <source>Select an invocation to see its input, output and stderr.</source>
        <translation>Seleziona un'invocazione per vederne input, output e stderr.</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="129" />
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="133" />
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="136" />
        <source>Live</source>
        <translation>In diretta</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="137" />
        <source>Receiving invocation records from the broker</source>
        <translation>Ricezione dei record di invocazione dal broker</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="140" />
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
</context>
<context>
    <name>Stratus::LogModel</name>
    <message>
        <location filename="../core/logmodel.cpp" line="67" />
        <source>DEBUG</source>
        <translation>DEBUG</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="69" />
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="71" />
        <source>WARN</source>
        <translation>AVVISO</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="73" />
        <source>ERROR</source>
        <translation>ERRORE</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="116" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="118" />
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="120" />
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="122" />
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>Stratus::LogsPanel</name>
    <message>
        <location filename="../panels/logspanel.cpp" line="31" />
        <source>All processes</source>
        <translation>Tutti i processi</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="32" />
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="33" />
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="55" />
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="61" />
        <source>Keep the newest line in view</source>
        <translation>Mantieni visibile la riga più recente</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="63" />
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="64" />
        <source>Copy the selected lines</source>
        <translation>Copia le righe selezionate</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="66" />
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="67" />
        <source>Save the lines shown to a file</source>
        <translation>Salva in un file le righe mostrate</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="69" />
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="109" />
        <source>saving was cancelled</source>
        <translation>salvataggio annullato</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="150" />
        <source>Save log</source>
        <translation>Salva log</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="151" />
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>File di log (*.log *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="167" />
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::MainWindow</name>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="66" />
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="68" />
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="70" />
        <source>Invocations</source>
        <translation>Invocazioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="72" />
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="73" />
        <source>Functions</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="75" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="120" />
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="122" />
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="143" />
        <source>Saved; no running invoker runs %1.</source>
        <translation>Salvato; nessun invoker in esecuzione esegue %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="144" />
        <source>Restarting %1.</source>
        <translation>Riavvio di %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="168" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="169" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="170" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="171" />
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="174" />
        <source>&amp;Close Project</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="176" />
        <source>New &amp;Function…</source>
        <translation>Nuova &amp;funzione…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="178" />
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="180" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="182" />
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="186" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="190" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="191" />
        <source>&amp;About Stratus Workbench</source>
        <translation>&amp;Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="192" />
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="202" />
        <source>No recent projects</source>
        <translation>Nessun progetto recente</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="206" />
        <source>Clear list</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="212" />
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="240" />
        <source>%1 is not a Stratus project: it has no %2.</source>
        <translation>%1 non è un progetto Stratus: manca %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="272" />
        <location filename="../app/workbench/mainwindow.cpp" line="276" />
        <source>Open Project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="282" />
        <source>New Project: choose where to create it</source>
        <translation>Nuovo progetto: scegli dove crearlo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="286" />
        <source>New Project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="286" />
        <source>Project name:</source>
        <translation>Nome del progetto:</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="317" />
        <source>About Stratus Workbench</source>
        <translation>Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="320" />
        <source>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Build, run and debug serverless functions on NATS: a local cluster with one click, live logs and invocation records.&lt;/p&gt;&lt;p&gt;Built with Qt %2, nats.c and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Sviluppa, esegui e correggi funzioni serverless su NATS: un cluster locale con un clic, log e record delle invocazioni in tempo reale.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2, nats.c e libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="348" />
        <source>Open a project first.</source>
        <translation>Apri prima un progetto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="357" />
        <source>Created %1 and added it to %2.</source>
        <translation>Creato %1 e aggiunto a %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="366" />
        <source>Stratus Workbench</source>
        <translation>Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="367" />
        <source>%1 — Stratus Workbench</source>
        <translation>%1 — Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="382" />
        <source>Stopping the cluster before closing…</source>
        <translation>Arresto del cluster prima della chiusura…</translation>
    </message>
</context>
<context>
    <name>Stratus::ManifestEditor</name>
    <message>
        <location filename="../core/manifesteditor.cpp" line="82" />
        <source>%1: has no "functions" array to add to.</source>
        <translation>%1: non ha un array "functions" a cui aggiungere.</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="109" />
        <source>The manifest would not be valid with this function:
%1</source>
        <translation>Il manifest non sarebbe valido con questa funzione:
%1</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="120" />
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
    </message>
</context>
<context>
    <name>Stratus::NewFunctionDialog</name>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="21" />
        <source>New Function</source>
        <translation>Nuova funzione</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="22" />
        <source>letters, digits, - and _</source>
        <translation>lettere, cifre, - e _</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="28" />
        <source>cold: a process per event</source>
        <translation>a freddo: un processo per evento</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="29" />
        <source>warm: a pool of long-lived workers</source>
        <translation>a caldo: un pool di worker di lunga durata</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="34" />
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="42" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="43" />
        <source>&amp;Language:</source>
        <translation>&amp;Linguaggio:</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="44" />
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
    </message>
</context>
<context>
    <name>Stratus::ProcessTableModel</name>
    <message>
        <location filename="../core/processtablemodel.cpp" line="104" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="118" />
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="120" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="121" />
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="128" />
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="130" />
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="132" />
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="134" />
        <source>Crashed</source>
        <translation>Andato in crash</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="136" />
        <source>Restarting</source>
        <translation>In riavvio</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="138" />
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="149" />
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="151" />
        <source>invoker</source>
        <translation>invoker</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="153" />
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="155" />
        <source>datastore</source>
        <translation>datastore</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="157" />
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="228" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="230" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="232" />
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="234" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="236" />
        <source>Uptime</source>
        <translation>Attivo da</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="238" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="240" />
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="242" />
        <source>Restarts</source>
        <translation>Riavvii</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectModel</name>
    <message>
        <location filename="../core/projectmodel.cpp" line="250" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/projectmodel.cpp" line="250" />
        <source>Git</source>
        <translation>Git</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectPanel</name>
    <message>
        <location filename="../panels/projectpanel.cpp" line="42" />
        <source>Read the files and their git status again</source>
        <translation>Rileggi i file e il loro stato git</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="71" />
        <source>No project</source>
        <translation>Nessun progetto</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="76" />
        <source>%1 (not under git)</source>
        <translation>%1 (non sotto git)</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="78" />
        <source>%1 (git, no commit yet)</source>
        <translation>%1 (git, ancora nessun commit)</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="80" />
        <source>%1 (git: %2)</source>
        <translation>%1 (git: %2)</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectTemplate</name>
    <message>
        <location filename="../core/projecttemplate.cpp" line="60" />
        <source>%1 is not a project: it has no %2</source>
        <translation>%1 non è un progetto: manca %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="63" />
        <source>%1 already exists and is not empty</source>
        <translation>%1 esiste già e non è vuota</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="65" />
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="77" />
        <source>cannot copy %1 to %2</source>
        <translation>impossibile copiare %1 in %2</translation>
    </message>
</context>
<context>
    <name>Stratus::RecordFeed</name>
    <message>
        <location filename="../core/recordfeed.cpp" line="85" />
        <source>cannot create NATS options</source>
        <translation>impossibile creare le opzioni NATS</translation>
    </message>
    <message>
        <location filename="../core/recordfeed.cpp" line="97" />
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/recordfeed.cpp" line="104" />
        <source>cannot subscribe to %1: %2</source>
        <translation>impossibile sottoscriversi a %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::RegistryModel</name>
    <message>
        <location filename="../core/registrymodel.cpp" line="200" />
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="202" />
        <source>Connecting to the registry…</source>
        <translation>Connessione al registro…</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="204" />
        <source>Registry not running (the cluster is stopped): showing the manifest's functions.</source>
        <translation>Registro non in esecuzione (il cluster è fermo): mostro le funzioni del manifest.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="205" />
        <source>Registry not running: showing the manifest's functions.</source>
        <translation>Registro non in esecuzione: mostro le funzioni del manifest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/registrymodel.cpp" line="207" />
        <source>Registry: live, %n entries</source>
        <translation><numerusform>Registro: in diretta, %n voce</numerusform><numerusform>Registro: in diretta, %n voci</numerusform></translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="216" />
        <source>Registry not running: entries can only be edited in a live registry.</source>
        <translation>Registro non in esecuzione: le voci si possono modificare solo in un registro attivo.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="253" />
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="255" />
        <source>function</source>
        <translation>funzione</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="257" />
        <source>flow</source>
        <translation>flusso</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="263" />
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="281" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="283" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="285" />
        <source>Revision</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="287" />
        <source>Subject / topic</source>
        <translation>Soggetto / topic</translation>
    </message>
</context>
<context>
    <name>Stratus::SettingsDialog</name>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="22" />
        <source>From the project</source>
        <translation>Dal progetto</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="32" />
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="43" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="44" />
        <source>nats-server on PATH</source>
        <translation>nats-server nel PATH</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="45" />
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="47" />
        <source>Broker binary</source>
        <translation>Eseguibile del broker</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="56" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="56" />
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="57" />
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="64" />
        <source>A new language applies the next time the workbench starts.</source>
        <translation>La nuova lingua si applica al prossimo avvio del workbench.</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="67" />
        <source>The broker binary applies the next time the workbench starts; ports at the next cluster start.</source>
        <translation>L'eseguibile del broker si applica al prossimo avvio del workbench; le porte al prossimo avvio del cluster.</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="72" />
        <source>Broker binary:</source>
        <translation>Eseguibile del broker:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="73" />
        <source>Client port:</source>
        <translation>Porta client:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="74" />
        <source>Monitoring port:</source>
        <translation>Porta di monitoraggio:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="76" />
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="77" />
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
</context>
<context>
    <name>Stratus::SourceFile</name>
    <message>
        <location filename="../core/sourcefile.cpp" line="15" />
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="18" />
        <source>%1 is too large to edit (%2 bytes).</source>
        <translation>%1 è troppo grande da modificare (%2 byte).</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="27" />
        <source>Cannot create the folder of %1.</source>
        <translation>Impossibile creare la cartella di %1.</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="31" />
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="65" />
        <source>A workbench for serverless functions on NATS.</source>
        <translation>Un banco di lavoro per funzioni serverless su NATS.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="70" />
        <source>The project to open (default: the bundled example).</source>
        <translation>Il progetto da aprire (predefinito: l'esempio incluso).</translation>
    </message>
</context>
</TS>
