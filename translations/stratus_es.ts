<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Stratus</name>
    <message>
        <location filename="../core/projecttemplate.cpp" line="31"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="49"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
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
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="35"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="37"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="39"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="41"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="56"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="59"/>
        <source>Start the broker and every function&apos;s invokers</source>
        <translation>Inicia el broker y los invokers de cada función</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="60"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="63"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="67"/>
        <source>Restart process</source>
        <translation>Reiniciar proceso</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="72"/>
        <source>Kill</source>
        <translation>Matar</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="77"/>
        <source>Send SIGKILL, as a crash would: the supervisor restarts the process</source>
        <translation>Envía SIGKILL, como lo haría un fallo: el supervisor reinicia el proceso</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="80"/>
        <source>Replicas: </source>
        <translation>Réplicas: </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="83"/>
        <source>Scale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="85"/>
        <source>Run this many invokers of the selected function</source>
        <translation>Ejecuta este número de invokers de la función seleccionada</translation>
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
        <translation>Monitorización no disponible:
%1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="207"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/clusterpanel.cpp" line="248"/>
        <source>%1 now runs %n invoker(s).</source>
        <translation>
            <numerusform>%1 ahora ejecuta %n invoker.</numerusform>
            <numerusform>%1 ahora ejecuta %n invokers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="272"/>
        <source>No cluster</source>
        <translation>Sin clúster</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="276"/>
        <source>Cluster: %1</source>
        <translation>Clúster: %1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="293"/>
        <source>Not running</source>
        <translation>No está en ejecución</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="298"/>
        <source>nats-server %1, up %2
</source>
        <translation>nats-server %1, activo desde hace %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="299"/>
        <source>Connections: %1
</source>
        <translation>Conexiones: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="300"/>
        <source>Messages in/out: %1 / %2
</source>
        <translation>Mensajes de entrada/salida: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="301"/>
        <source>Bytes in/out: %1 / %2
</source>
        <translation>Bytes de entrada/salida: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="302"/>
        <source>Slow consumers: %1
</source>
        <translation>Consumidores lentos: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="304"/>
        <source>JetStream: %1 streams, %2 consumers, %3 messages
</source>
        <translation>JetStream: %1 streams, %2 consumidores, %3 mensajes
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="308"/>
        <source>JetStream memory: %1 of %2
</source>
        <translation>Memoria de JetStream: %1 de %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="309"/>
        <source>JetStream storage: %1 of %2</source>
        <translation>Almacenamiento de JetStream: %1 de %2</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="311"/>
        <source>JetStream: off</source>
        <translation>JetStream: desactivado</translation>
    </message>
</context>
<context>
    <name>Stratus::DeployModel</name>
    <message>
        <location filename="../core/deploy/deploymodel.cpp" line="65"/>
        <source>no project is open</source>
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploymodel.cpp" line="67"/>
        <source>fix %1 first: %2</source>
        <translation>corrige primero %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploymodel.cpp" line="76"/>
        <source>a target named %1 exists already</source>
        <translation>ya existe un destino llamado %1</translation>
    </message>
</context>
<context>
    <name>Stratus::DeployPanel</name>
    <message>
        <location filename="../panels/deploypanel.cpp" line="51"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="52"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="53"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Invokers ready</source>
        <translation>Invokers listos</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Kept</source>
        <translation>Conservadas</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="56"/>
        <location filename="../panels/deploypanel.cpp" line="351"/>
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Running on</source>
        <translation>En ejecución en</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="58"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="60"/>
        <source>Diff with Project</source>
        <translation>Comparar con el proyecto</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="61"/>
        <source>Roll Back to Release</source>
        <translation>Volver a la versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="69"/>
        <source>What this release changes</source>
        <translation>Qué cambia esta versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="86"/>
        <source>Select a release and press Diff with Project to see what changed since.</source>
        <translation>Selecciona una versión y pulsa Comparar con el proyecto para ver qué ha cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="89"/>
        <source>Target:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="110"/>
        <source>Releases</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="172"/>
        <source>Cannot diff release %1 with the project: %2</source>
        <translation>No se puede comparar la versión %1 con el proyecto: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="174"/>
        <source>The project is as release %1 left it: no change.</source>
        <translation>El proyecto está como lo dejó la versión %1: sin cambios.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="176"/>
        <source>From release %1 to the project as it is now:

</source>
        <translation>De la versión %1 al proyecto tal como está ahora:

</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="182"/>
        <source>The secrets of %1 were not stored: %2</source>
        <translation>Los secretos de %1 no se guardaron: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="217"/>
        <source>Open a project to deploy it.</source>
        <translation>Abre un proyecto para desplegarlo.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="221"/>
        <source>deploy.json cannot be used: %1</source>
        <translation>deploy.json no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="225"/>
        <source>No deploy target yet: press Add… to name a remote cluster and its git remote.</source>
        <translation>Aún no hay ningún destino de despliegue: pulsa Añadir… para indicar un clúster remoto y su remoto git.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="232"/>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="235"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/deploypanel.cpp" line="239"/>
        <source>Reachable: %n node(s) answered at %1.</source>
        <translation>
            <numerusform>Accesible: %n nodo respondió a las %1.</numerusform>
            <numerusform>Accesible: %n nodos respondieron a las %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="241"/>
        <source>Releases: %1</source>
        <translation>Versiones: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="244"/>
        <source>Unreachable: %1</source>
        <translation>Inaccesible: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="270"/>
        <source>(not answering)</source>
        <translation>(no responde)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="271"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="281"/>
        <source>deploying</source>
        <translation>desplegando</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="299"/>
        <source>tag %1, commit %2</source>
        <translation>tag %1, commit %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="351"/>
        <source>Deploying…</source>
        <translation>Desplegando…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="354"/>
        <source>Select a release</source>
        <translation>Selecciona una versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="355"/>
        <source>Every node keeps %1: roll back to it</source>
        <translation>Todos los nodos conservan %1: vuelve a ella</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="356"/>
        <source>%1 is running, or not kept on every node</source>
        <translation>%1 está en ejecución o no se conserva en todos los nodos</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="366"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="422"/>
        <source>Remove Deploy Target</source>
        <translation>Quitar destino de despliegue</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="423"/>
        <source>Remove %1 from deploy.json? The remote cluster and its releases are not touched.</source>
        <translation>¿Quitar %1 de deploy.json? El clúster remoto y sus versiones no se modifican.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="438"/>
        <source>Deploying to %1…</source>
        <translation>Desplegando en %1…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="449"/>
        <source>Rolling %1 back to %2…</source>
        <translation>Volviendo %1 a %2…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="459"/>
        <source>Comparing release %1 with the project…</source>
        <translation>Comparando la versión %1 con el proyecto…</translation>
    </message>
</context>
<context>
    <name>Stratus::DeployTargetDialog</name>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="44"/>
        <source>New Deploy Target</source>
        <translation>Nuevo destino de despliegue</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="44"/>
        <source>Deploy Target %1</source>
        <translation>Destino de despliegue %1</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="45"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="46"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="47"/>
        <source>User and password</source>
        <translation>Usuario y contraseña</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="48"/>
        <source>NKey</source>
        <translation>NKey</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="49"/>
        <source>Credentials file (.creds)</source>
        <translation>Archivo de credenciales (.creds)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="51"/>
        <source>None (file path, public remote)</source>
        <translation>Ninguna (ruta de archivo, remoto público)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="52"/>
        <source>User and password or token (https)</source>
        <translation>Usuario y contraseña o token (https)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="53"/>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="54"/>
        <source>SSH key file</source>
        <translation>Archivo de clave SSH</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="58"/>
        <source>unchanged (stored in the keychain or the secrets file)</source>
        <translation>sin cambios (guardado en el llavero o en el archivo de secretos)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="62"/>
        <source>any node that answers</source>
        <translation>cualquier nodo que responda</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="66"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="76"/>
        <source>Remote cluster (NATS)</source>
        <translation>Clúster remoto (NATS)</translation>
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
        <translation>Autenticación:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="80"/>
        <location filename="../panels/deploytargetdialog.cpp" line="89"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="81"/>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="82"/>
        <source>NKey (public):</source>
        <translation>NKey (pública):</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="83"/>
        <source>Credentials file:</source>
        <translation>Archivo de credenciales:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="84"/>
        <source>TLS CA file:</source>
        <translation>Archivo de CA TLS:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="85"/>
        <source>Releases (git)</source>
        <translation>Versiones (git)</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="87"/>
        <source>Remote:</source>
        <translation>Remoto:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="90"/>
        <source>Password, token or passphrase:</source>
        <translation>Contraseña, token o frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="91"/>
        <source>SSH key file:</source>
        <translation>Archivo de clave SSH:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="93"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="94"/>
        <source>Nodes:</source>
        <translation>Nodos:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="95"/>
        <source>Releases kept per node:</source>
        <translation>Versiones conservadas por nodo:</translation>
    </message>
    <message>
        <location filename="../panels/deploytargetdialog.cpp" line="96"/>
        <source>Node timeout:</source>
        <translation>Tiempo límite del nodo:</translation>
    </message>
</context>
<context>
    <name>Stratus::EditorPanel</name>
    <message>
        <location filename="../panels/editorpanel.cpp" line="26"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="26"/>
        <source>Save and &amp;Restart</source>
        <translation>Guardar y &amp;reiniciar</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="29"/>
        <source>Write the file to disk (Ctrl+S)</source>
        <translation>Escribe el archivo en disco (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="32"/>
        <source>Write the file, then restart the invokers of the functions that run it</source>
        <translation>Escribe el archivo y reinicia los invocadores de las funciones que lo ejecutan</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="55"/>
        <source>Double-click a file in the Project panel to edit it.</source>
        <translation>Haz doble clic en un archivo del panel Proyecto para editarlo.</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="154"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="166"/>
        <source>Saved %1; restarting its functions.</source>
        <translation>%1 guardado; reiniciando sus funciones.</translation>
    </message>
    <message>
        <location filename="../panels/editorpanel.cpp" line="167"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
</context>
<context>
    <name>Stratus::FunctionCaller</name>
    <message>
        <location filename="../core/functioncaller.cpp" line="15"/>
        <source>The cluster is not running: start it first.</source>
        <translation>El clúster no está en marcha: inícialo primero.</translation>
    </message>
</context>
<context>
    <name>Stratus::FunctionsPanel</name>
    <message>
        <location filename="../panels/functionspanel.cpp" line="31"/>
        <source>Save Entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="32"/>
        <source>Open Source</source>
        <translation>Abrir código</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="33"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="34"/>
        <location filename="../panels/functionspanel.cpp" line="95"/>
        <source>Invoke</source>
        <translation>Invocar</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="34"/>
        <location filename="../panels/functionspanel.cpp" line="123"/>
        <source>Stress Test</source>
        <translation>Prueba de estrés</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="50"/>
        <source>Select an entry to see its details.</source>
        <translation>Selecciona una entrada para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="51"/>
        <source>A service&apos;s entry can be edited here and saved to the registry.</source>
        <translation>La entrada de un servicio se puede editar aquí y guardar en el registro.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="52"/>
        <source>Write this service entry to the registry (refused if it changed meanwhile)</source>
        <translation>Escribe esta entrada de servicio en el registro (se rechaza si cambió entretanto)</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="53"/>
        <source>Edit the source this function runs</source>
        <translation>Edita el código que ejecuta esta función</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="59"/>
        <source>The event: JSON or any text</source>
        <translation>El evento: JSON o cualquier texto</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="63"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="64"/>
        <source>How long to wait for the reply</source>
        <translation>Cuánto esperar la respuesta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="67"/>
        <source>The result or the error appears here.</source>
        <translation>Aquí aparece el resultado o el error.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="83"/>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="96"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="115"/>
        <source>Entry saved.</source>
        <translation>Entrada guardada.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="116"/>
        <location filename="../panels/functionspanel.cpp" line="224"/>
        <source>Entry not saved: %1</source>
        <translation>Entrada no guardada: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="122"/>
        <source>Load-test the selected function or flow with the default profile</source>
        <translation>Somete la función o el flujo seleccionado a una prueba de carga con el perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="131"/>
        <source>Load Payload</source>
        <translation>Cargar carga útil</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="225"/>
        <source>Entry not saved: it must be a JSON object.</source>
        <translation>Entrada no guardada: debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="253"/>
        <source>Invoking %1 on %2…</source>
        <translation>Invocando %1 en %2…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="263"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="270"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="271"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="272"/>
        <source>Stratus-Status: %1 · duration %2 · round trip %3 ms · %4</source>
        <translation>Stratus-Status: %1 · duración %2 · ida y vuelta %3 ms · %4</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="275"/>
        <source>cold</source>
        <translation>en frío</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="275"/>
        <source>warm</source>
        <translation>en caliente</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="277"/>
        <source> · exit code %1</source>
        <translation> · código de salida %1</translation>
    </message>
</context>
<context>
    <name>Stratus::GitStatus</name>
    <message>
        <location filename="../core/gitstatus.cpp" line="98"/>
        <source>cannot open the repository</source>
        <translation>no se puede abrir el repositorio</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="123"/>
        <source>cannot read the git status</source>
        <translation>no se puede leer el estado de git</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="155"/>
        <source>git init %1</source>
        <translation>git init %1</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="189"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="191"/>
        <source>modified</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="193"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="195"/>
        <source>renamed</source>
        <translation>renombrado</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="197"/>
        <source>type changed</source>
        <translation>tipo cambiado</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="199"/>
        <source>ignored</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <location filename="../core/gitstatus.cpp" line="201"/>
        <source>conflicted</source>
        <translation>en conflicto</translation>
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
        <translation>en frío</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="70"/>
        <location filename="../core/invocationmodel.cpp" line="151"/>
        <source>warm</source>
        <translation>en caliente</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="83"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="85"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="87"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="89"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="91"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="93"/>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="141"/>
        <source> (truncated, %1 bytes in all)</source>
        <translation> (truncado, %1 bytes en total)</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="144"/>
        <source>Function: %1
Request: %2
Subject: %3
Invoker: %4 (PID %5)
</source>
        <translation>Función: %1
Petición: %2
Asunto: %3
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
        <translation>Estado: %1
Código de salida: %2
Iniciada: %3
Duración: %4
Arranque: %5
</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="153"/>
        <source>Error: %1
</source>
        <translation>Error: %1
</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="154"/>
        <source>Input%1:</source>
        <translation>Entrada%1:</translation>
    </message>
    <message>
        <location filename="../core/invocationmodel.cpp" line="156"/>
        <source>Output%1:</source>
        <translation>Salida%1:</translation>
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
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="28"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="52"/>
        <source>Search function, status or request id…</source>
        <translation>Buscar función, estado o id de petición…</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="76"/>
        <source>Select an invocation to see its input, output and stderr.</source>
        <translation>Selecciona una invocación para ver su entrada, salida y stderr.</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="129"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="133"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="136"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="137"/>
        <source>Receiving invocation records from the broker</source>
        <translation>Recibiendo registros de invocación del broker</translation>
    </message>
    <message>
        <location filename="../panels/invocationspanel.cpp" line="140"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
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
        <translation>AVISO</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="73"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="116"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="118"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="120"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../core/logmodel.cpp" line="122"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Stratus::LogsPanel</name>
    <message>
        <location filename="../panels/logspanel.cpp" line="31"/>
        <source>All processes</source>
        <translation>Todos los procesos</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="32"/>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="33"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="55"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="61"/>
        <source>Keep the newest line in view</source>
        <translation>Mantener visible la línea más reciente</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="63"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="64"/>
        <source>Copy the selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="66"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="67"/>
        <source>Save the lines shown to a file</source>
        <translation>Guardar en un archivo las líneas mostradas</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="69"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="109"/>
        <source>saving was cancelled</source>
        <translation>se canceló el guardado</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="150"/>
        <source>Save log</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="151"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="167"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::MainWindow</name>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="73"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="75"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="77"/>
        <source>Invocations</source>
        <translation>Invocaciones</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="79"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="81"/>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="83"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="87"/>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="96"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="150"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="152"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="174"/>
        <source>Saved; no running invoker runs %1.</source>
        <translation>Guardado; ningún invocador en marcha ejecuta %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="175"/>
        <source>Restarting %1.</source>
        <translation>Reiniciando %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="200"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="201"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="202"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="205"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="207"/>
        <source>New &amp;Function…</source>
        <translation>Nueva &amp;función…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="209"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="213"/>
        <source>&amp;Cluster</source>
        <translation>C&amp;lúster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="222"/>
        <source>&amp;About Stratus Workbench</source>
        <translation>&amp;Acerca de Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="223"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="233"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="237"/>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="243"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="271"/>
        <source>%1 is not a Stratus project: it has no %2.</source>
        <translation>%1 no es un proyecto Stratus: no tiene %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="306"/>
        <location filename="../app/workbench/mainwindow.cpp" line="310"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="316"/>
        <source>New Project: choose where to create it</source>
        <translation>Nuevo proyecto: elige dónde crearlo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="320"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="320"/>
        <source>Project name:</source>
        <translation>Nombre del proyecto:</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="351"/>
        <source>About Stratus Workbench</source>
        <translation>Acerca de Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="354"/>
        <source>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Build, run and debug serverless functions on NATS: a local cluster with one click, live logs and invocation records.&lt;/p&gt;&lt;p&gt;Built with Qt %2, nats.c and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Desarrolla, ejecuta y depura funciones serverless sobre NATS: un clúster local con un clic, registros y registros de invocación en directo.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, nats.c y libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="382"/>
        <source>Open a project first.</source>
        <translation>Abre primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="392"/>
        <source>Created %1 and added it to %2.</source>
        <translation>Creado %1 y añadido a %2.</translation>
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
        <translation>Deteniendo el clúster antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>Stratus::ManifestEditor</name>
    <message>
        <location filename="../core/manifesteditor.cpp" line="83"/>
        <source>%1: has no &quot;functions&quot; array to add to.</source>
        <translation>%1: no tiene un array &quot;functions&quot; al que añadir.</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="111"/>
        <source>The manifest would not be valid with this function:
%1</source>
        <translation>El manifiesto no sería válido con esta función:
%1</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="123"/>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
</context>
<context>
    <name>Stratus::NewFunctionDialog</name>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="21"/>
        <source>New Function</source>
        <translation>Nueva función</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="22"/>
        <source>letters, digits, - and _</source>
        <translation>letras, dígitos, - y _</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="28"/>
        <source>cold: a process per event</source>
        <translation>en frío: un proceso por evento</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="29"/>
        <source>warm: a pool of long-lived workers</source>
        <translation>en caliente: un grupo de workers de larga duración</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="34"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="44"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lenguaje:</translation>
    </message>
    <message>
        <location filename="../panels/newfunctiondialog.cpp" line="45"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
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
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="130"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="132"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="134"/>
        <source>Crashed</source>
        <translation>Caído</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="136"/>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="138"/>
        <source>Stopping</source>
        <translation>Deteniéndose</translation>
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
        <translation>almacén de datos</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="157"/>
        <source>flow</source>
        <translation>flujo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="159"/>
        <source>gateway</source>
        <translation>pasarela</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="230"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="232"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="234"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="236"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="238"/>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
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
        <translation>Reinicios</translation>
    </message>
</context>
<context>
    <name>Stratus::ProjectModel</name>
    <message>
        <location filename="../core/projectmodel.cpp" line="250"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Volver a leer los archivos y su estado de git</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="71"/>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="76"/>
        <source>%1 (not under git)</source>
        <translation>%1 (fuera de git)</translation>
    </message>
    <message>
        <location filename="../panels/projectpanel.cpp" line="78"/>
        <source>%1 (git, no commit yet)</source>
        <translation>%1 (git, aún sin commits)</translation>
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
        <translation>%1 no es un proyecto: no tiene %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="63"/>
        <source>%1 already exists and is not empty</source>
        <translation>%1 ya existe y no está vacía</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="65"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="77"/>
        <source>cannot copy %1 to %2</source>
        <translation>no se puede copiar %1 en %2</translation>
    </message>
</context>
<context>
    <name>Stratus::RecordFeed</name>
    <message>
        <location filename="../core/recordfeed.cpp" line="85"/>
        <source>cannot create NATS options</source>
        <translation>no se pueden crear las opciones de NATS</translation>
    </message>
    <message>
        <location filename="../core/recordfeed.cpp" line="97"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/recordfeed.cpp" line="104"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>no se puede suscribir a %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::RegistryModel</name>
    <message>
        <location filename="../core/registrymodel.cpp" line="199"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="201"/>
        <source>Connecting to the registry…</source>
        <translation>Conectando con el registro…</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="204"/>
        <source>Registry not running (the cluster is stopped): showing the manifest&apos;s functions.</source>
        <translation>El registro no está en marcha (el clúster está parado): se muestran las funciones del manifiesto.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="205"/>
        <source>Registry not running: showing the manifest&apos;s functions.</source>
        <translation>El registro no está en marcha: se muestran las funciones del manifiesto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/registrymodel.cpp" line="207"/>
        <source>Registry: live, %n entries</source>
        <translation>
            <numerusform>Registro: en vivo, %n entrada</numerusform>
            <numerusform>Registro: en vivo, %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="217"/>
        <source>Registry not running: entries can only be edited in a live registry.</source>
        <translation>El registro no está en marcha: las entradas solo se pueden editar en un registro activo.</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="254"/>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="256"/>
        <source>function</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="258"/>
        <source>flow</source>
        <translation>flujo</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="264"/>
        <source>manifest</source>
        <translation>manifiesto</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="282"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="284"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="286"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../core/registrymodel.cpp" line="288"/>
        <source>Subject / topic</source>
        <translation>Asunto / tema</translation>
    </message>
</context>
<context>
    <name>Stratus::SettingsDialog</name>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="22"/>
        <source>From the project</source>
        <translation>Del proyecto</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="32"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="43"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="44"/>
        <source>nats-server on PATH</source>
        <translation>nats-server en el PATH</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="45"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="47"/>
        <source>Broker binary</source>
        <translation>Ejecutable del broker</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="56"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="56"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="57"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="64"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie el workbench.</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="67"/>
        <source>The broker binary applies the next time the workbench starts; ports at the next cluster start.</source>
        <translation>El ejecutable del broker se aplica la próxima vez que se inicie el workbench; los puertos, en el próximo inicio del clúster.</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="72"/>
        <source>Broker binary:</source>
        <translation>Ejecutable del broker:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="73"/>
        <source>Client port:</source>
        <translation>Puerto de cliente:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="74"/>
        <source>Monitoring port:</source>
        <translation>Puerto de monitorización:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="76"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../panels/settingsdialog.cpp" line="77"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>Stratus::SourceFile</name>
    <message>
        <location filename="../core/sourcefile.cpp" line="15"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="18"/>
        <source>%1 is too large to edit (%2 bytes).</source>
        <translation>%1 es demasiado grande para editarlo (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="25"/>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <location filename="../core/sourcefile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>Selecciona dos ejecuciones en Ejecuciones y pulsa Comparar.</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="16"/>
        <source>Achieved rate</source>
        <translation>Tasa alcanzada</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="16"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="17"/>
        <source>p95 latency</source>
        <translation>Latencia p95</translation>
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
        <translation>Cambio</translation>
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
        <translation>peticiones/s</translation>
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
        <translation>máx. ms</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="73"/>
        <source>errors %</source>
        <translation>errores %</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="74"/>
        <source>sent</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <location filename="../panels/stresscompareview.cpp" line="75"/>
        <source>late sends</source>
        <translation>envíos con retraso</translation>
    </message>
</context>
<context>
    <name>Stratus::StressPanel</name>
    <message>
        <location filename="../panels/stresspanel.cpp" line="43"/>
        <source>Load Profile…</source>
        <translation>Cargar perfil…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="44"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="44"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="46"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="46"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="47"/>
        <source>Latency</source>
        <translation>Latencia</translation>
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
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="48"/>
        <source>errors/s</source>
        <translation>errores/s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="49"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="49"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="50"/>
        <source>Latency histogram</source>
        <translation>Histograma de latencia</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="50"/>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="51"/>
        <location filename="../panels/stresspanel.cpp" line="145"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="52"/>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="62"/>
        <source>A function or flow of the project</source>
        <translation>Una función o un flujo del proyecto</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="63"/>
        <source>Start a stress run of the target with the selected profile</source>
        <translation>Inicia una prueba de estrés del objetivo con el perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="69"/>
        <source>Default: 20/s for 10 s, then up to 200/s over 20 s</source>
        <translation>Predeterminado: 20/s durante 10 s, luego hasta 200/s en 20 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="71"/>
        <source>Constant 50/s for 10 s</source>
        <translation>Constante 50/s durante 10 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="72"/>
        <source>Ramp 10/s to 300/s over 30 s</source>
        <translation>Rampa de 10/s a 300/s en 30 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="73"/>
        <source>Steps from 50/s, +50/s every 5 s, 5 steps</source>
        <translation>Escalones desde 50/s, +50/s cada 5 s, 5 escalones</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="74"/>
        <source>Spike: 50/s, 500/s for 5 s at 10 s, 30 s in all</source>
        <translation>Pico: 50/s, 500/s durante 5 s a los 10 s, 30 s en total</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="76"/>
        <source>Thesis: 1 request/s for 30 s (hey -c 1 -q 1 -z 30s)</source>
        <translation>Tesis: 1 petición/s durante 30 s (hey -c 1 -q 1 -z 30s)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="81"/>
        <source>Thesis: 50 concurrent, 1000 requests (hey -n 1000 -c 50)</source>
        <translation>Tesis: 50 concurrentes, 1000 peticiones (hey -n 1000 -c 50)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="87"/>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="89"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="96"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="97"/>
        <source>achieved</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="98"/>
        <source>completed</source>
        <translation>completadas</translation>
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
        <translation>errores</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="103"/>
        <source>late sends</source>
        <translation>envíos con retraso</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="104"/>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="105"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="106"/>
        <source>workers</source>
        <translation>workers</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="107"/>
        <source>cold starts</source>
        <translation>arranques en frío</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="123"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
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
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="143"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="144"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="156"/>
        <source>Load Stress Profile</source>
        <translation>Cargar perfil de estrés</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="157"/>
        <source>Stress profiles (*.json)</source>
        <translation>Perfiles de estrés (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="167"/>
        <source>Saved as %1.</source>
        <translation>Guardada como %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="208"/>
        <source>flow %1</source>
        <translation>flujo %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="233"/>
        <source>%1 is not a function or flow of the project.</source>
        <translation>%1 no es una función ni un flujo del proyecto.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="250"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="261"/>
        <source>The cluster is not running: start it in the Cluster panel first.</source>
        <translation>El clúster no está en marcha: inícialo primero en el panel Clúster.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="289"/>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="290"/>
        <source>Running %1 on %2.</source>
        <translation>Ejecutando %1 en %2.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="318"/>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="319"/>
        <source>%1 of %2 requests</source>
        <translation>%1 de %2 peticiones</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="320"/>
        <source>Sent %1, ok %2, errors %3, in flight %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</source>
        <translation>Enviadas %1, ok %2, errores %3, en curso %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="329"/>
        <source>Generator behind schedule: %1 requests late, max lag %2 ms.</source>
        <translation>Generador retrasado respecto al plan: %1 peticiones con retraso, retraso máximo %2 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="331"/>
        <source>Breaching: %1.</source>
        <translation>Umbrales superados: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="350"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="350"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="353"/>
        <source>The run could not start: %1</source>
        <translation>No se pudo iniciar la ejecución: %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="358"/>
        <source>%1 requests, %2 errors, %3 req/s, p95 %4 ms.</source>
        <translation>%1 peticiones, %2 errores, %3 req/s, p95 %4 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="364"/>
        <source>Stopped: %1.</source>
        <translation>Detenida: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="392"/>
        <source>requests by latency (ms)</source>
        <translation>peticiones por latencia (ms)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="447"/>
        <source>Select exactly two runs to compare.</source>
        <translation>Selecciona exactamente dos ejecuciones para comparar.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="458"/>
        <location filename="../panels/stresspanel.cpp" line="465"/>
        <source>No run to export yet.</source>
        <translation>Aún no hay ninguna ejecución que exportar.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="472"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="472"/>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
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
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="65"/>
        <source>A workbench for serverless functions on NATS.</source>
        <translation>Un banco de trabajo para funciones serverless sobre NATS.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="70"/>
        <source>The project to open (default: the bundled example).</source>
        <translation>El proyecto que abrir (por defecto: el ejemplo incluido).</translation>
    </message>
</context>
</TS>
