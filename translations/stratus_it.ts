<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <location filename="../panels/clusterpanel.cpp" line="154"/>
        <source>Monitoring unavailable:
%1</source>
        <translation>Monitoraggio non disponibile:
%1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="207"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/clusterpanel.cpp" line="248"/>
        <source>%1 now runs %n invoker(s).</source>
        <translation>
            <numerusform>%1 ora esegue %n invoker.</numerusform>
            <numerusform>%1 ora esegue %n invoker.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="272"/>
        <source>No cluster</source>
        <translation>Nessun cluster</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="276"/>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="293"/>
        <source>Not running</source>
        <translation>Non in esecuzione</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="298"/>
        <source>nats-server %1, up %2
</source>
        <translation>nats-server %1, attivo da %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="299"/>
        <source>Connections: %1
</source>
        <translation>Connessioni: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="300"/>
        <source>Messages in/out: %1 / %2
</source>
        <translation>Messaggi in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="301"/>
        <source>Bytes in/out: %1 / %2
</source>
        <translation>Byte in/out: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="302"/>
        <source>Slow consumers: %1
</source>
        <translation>Consumatori lenti: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="304"/>
        <source>JetStream: %1 streams, %2 consumers, %3 messages
</source>
        <translation>JetStream: %1 stream, %2 consumatori, %3 messaggi
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="308"/>
        <source>JetStream memory: %1 of %2
</source>
        <translation>Memoria JetStream: %1 di %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="309"/>
        <source>JetStream storage: %1 of %2</source>
        <translation>Archiviazione JetStream: %1 di %2</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="311"/>
        <source>JetStream: off</source>
        <translation>JetStream: disattivato</translation>
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
        <location filename="../app/workbench/mainwindow.cpp" line="73"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="75"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="77"/>
        <source>Invocations</source>
        <translation>Invocazioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="79"/>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="81"/>
        <source>Functions</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="83"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="87"/>
        <source>Deploy</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="96"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="150"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="152"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="174"/>
        <source>Saved; no running invoker runs %1.</source>
        <translation>Salvato; nessun invoker in esecuzione esegue %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="175"/>
        <source>Restarting %1.</source>
        <translation>Riavvio di %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="200"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="201"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="202"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="205"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="207"/>
        <source>New &amp;Function…</source>
        <translation>Nuova &amp;funzione…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="209"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="213"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="222"/>
        <source>&amp;About Stratus Workbench</source>
        <translation>&amp;Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="223"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="233"/>
        <source>No recent projects</source>
        <translation>Nessun progetto recente</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="237"/>
        <source>Clear list</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="243"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="271"/>
        <source>%1 is not a Stratus project: it has no %2.</source>
        <translation>%1 non è un progetto Stratus: manca %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="306"/>
        <location filename="../app/workbench/mainwindow.cpp" line="310"/>
        <source>Open Project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="316"/>
        <source>New Project: choose where to create it</source>
        <translation>Nuovo progetto: scegli dove crearlo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="320"/>
        <source>New Project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="320"/>
        <source>Project name:</source>
        <translation>Nome del progetto:</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="351"/>
        <source>About Stratus Workbench</source>
        <translation>Informazioni su Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="354"/>
        <source>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Build, run and debug serverless functions on NATS: a local cluster with one click, live logs and invocation records.&lt;/p&gt;&lt;p&gt;Built with Qt %2, nats.c and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Sviluppa, esegui e correggi funzioni serverless su NATS: un cluster locale con un clic, log e record delle invocazioni in tempo reale.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2, nats.c e libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="382"/>
        <source>Open a project first.</source>
        <translation>Apri prima un progetto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="392"/>
        <source>Created %1 and added it to %2.</source>
        <translation>Creato %1 e aggiunto a %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="401"/>
        <source>Stratus Workbench</source>
        <translation>Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="402"/>
        <source>%1 — Stratus Workbench</source>
        <translation>%1 — Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="417"/>
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
        <location filename="../core/processtablemodel.cpp" line="104"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="118"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="120"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="121"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="128"/>
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="130"/>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="132"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="134"/>
        <source>Crashed</source>
        <translation>Andato in crash</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="136"/>
        <source>Restarting</source>
        <translation>In riavvio</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="138"/>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="149"/>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="151"/>
        <source>invoker</source>
        <translation>invoker</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="153"/>
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="155"/>
        <source>datastore</source>
        <translation>datastore</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="157"/>
        <source>flow</source>
        <translation>flusso</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="159"/>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="230"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="232"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="234"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="236"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="238"/>
        <source>Uptime</source>
        <translation>Attivo da</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="240"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="242"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="244"/>
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
        <location filename="../app/workbench/main.cpp" line="65"/>
        <source>A workbench for serverless functions on NATS.</source>
        <translation>Un banco di lavoro per funzioni serverless su NATS.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="70"/>
        <source>The project to open (default: the bundled example).</source>
        <translation>Il progetto da aprire (predefinito: l&apos;esempio incluso).</translation>
    </message>
</context>
</TS>
