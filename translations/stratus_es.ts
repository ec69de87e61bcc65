<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../core/translators.cpp" line="15"/>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda de las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <location filename="../core/translators.cpp" line="16"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
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
        <location filename="../panels/clusterpanel.cpp" line="155"/>
        <source>Monitoring unavailable:
%1</source>
        <translation>Monitorización no disponible:
%1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="208"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/clusterpanel.cpp" line="249"/>
        <source>%1 now runs %n invoker(s).</source>
        <translation>
            <numerusform>%1 ahora ejecuta %n invoker.</numerusform>
            <numerusform>%1 ahora ejecuta %n invokers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="273"/>
        <source>No cluster</source>
        <translation>Sin clúster</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="277"/>
        <source>Cluster: %1</source>
        <translation>Clúster: %1</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="283"/>
        <source>on CPU %1 while the load fits</source>
        <translation>en la CPU %1 mientras la carga quepa</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="299"/>
        <source>Not running</source>
        <translation>No está en ejecución</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="304"/>
        <source>nats-server %1, up %2
</source>
        <translation>nats-server %1, activo desde hace %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="305"/>
        <source>Connections: %1
</source>
        <translation>Conexiones: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="306"/>
        <source>Messages in/out: %1 / %2
</source>
        <translation>Mensajes de entrada/salida: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="307"/>
        <source>Bytes in/out: %1 / %2
</source>
        <translation>Bytes de entrada/salida: %1 / %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="308"/>
        <source>Slow consumers: %1
</source>
        <translation>Consumidores lentos: %1
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="310"/>
        <source>JetStream: %1 streams, %2 consumers, %3 messages
</source>
        <translation>JetStream: %1 streams, %2 consumidores, %3 mensajes
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="314"/>
        <source>JetStream memory: %1 of %2
</source>
        <translation>Memoria de JetStream: %1 de %2
</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="315"/>
        <source>JetStream storage: %1 of %2</source>
        <translation>Almacenamiento de JetStream: %1 de %2</translation>
    </message>
    <message>
        <location filename="../panels/clusterpanel.cpp" line="317"/>
        <source>JetStream: off</source>
        <translation>JetStream: desactivado</translation>
    </message>
</context>
<context>
    <name>Stratus::ClusterState</name>
    <message>
        <location filename="../core/clusterstate.cpp" line="31"/>
        <source>%1: not a cluster state file: %2</source>
        <translation>%1: no es un archivo de estado del clúster: %2</translation>
    </message>
    <message>
        <location filename="../core/clusterstate.cpp" line="41"/>
        <location filename="../core/clusterstate.cpp" line="44"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::DatastoreClient</name>
    <message>
        <location filename="../core/datastoreclient.cpp" line="43"/>
        <source>the datastore is not running: nothing answers on %1</source>
        <translation>el almacén de datos no está en ejecución: nadie responde en %1</translation>
    </message>
    <message>
        <location filename="../core/datastoreclient.cpp" line="44"/>
        <source>datastore: %1</source>
        <translation>almacén de datos: %1</translation>
    </message>
    <message>
        <location filename="../core/datastoreclient.cpp" line="151"/>
        <source>%1/%2: read %3 bytes of %4; the object changed while being read</source>
        <translation>%1/%2: se leyeron %3 bytes de %4; el objeto cambió mientras se leía</translation>
    </message>
</context>
<context>
    <name>Stratus::DebugWrapper</name>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="59"/>
        <source>the python-debugpy debugger needs a Python command, not %1</source>
        <translation>el depurador python-debugpy necesita una orden de Python, no %1</translation>
    </message>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="70"/>
        <source>the node debugger needs a node command, not %1</source>
        <translation>el depurador node necesita una orden node, no %1</translation>
    </message>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="78"/>
        <source>gdbserver is not installed (apt-get install gdbserver)</source>
        <translation>gdbserver no está instalado (apt-get install gdbserver)</translation>
    </message>
    <message>
        <location filename="../core/debug/debugwrapper.cpp" line="82"/>
        <source>unknown debugger runtime &quot;%1&quot; (python-debugpy, node or gdbserver)</source>
        <translation>runtime de depurador desconocido &quot;%1&quot; (python-debugpy, node o gdbserver)</translation>
    </message>
</context>
<context>
    <name>Stratus::DebuggerPanel</name>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="94"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="95"/>
        <source>Load Older</source>
        <translation>Cargar más antiguos</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="95"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="460"/>
        <source>Pause Recording</source>
        <translation>Pausar grabación</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="96"/>
        <source>Clear…</source>
        <translation>Vaciar…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="100"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="177"/>
        <source>Replay</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="101"/>
        <source>Run Edited Input</source>
        <translation>Ejecutar entrada editada</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="101"/>
        <source>Debug…</source>
        <translation>Depurar…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="102"/>
        <source>Save as Test Event…</source>
        <translation>Guardar como evento de prueba…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="103"/>
        <source>Run Saved Events</source>
        <translation>Ejecutar eventos guardados</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="107"/>
        <source>Search ids, inputs, outputs, stderr…</source>
        <translation>Buscar ids, entradas, salidas, stderr…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="125"/>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="126"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="158"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="127"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="128"/>
        <source>Stderr</source>
        <translation>Stderr</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="129"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="148"/>
        <source>Run the function locally with the recorded input (Ctrl+R)</source>
        <translation>Ejecuta la función en local con la entrada grabada (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="149"/>
        <source>Run the function locally with the input as edited</source>
        <translation>Ejecuta la función en local con la entrada editada</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="150"/>
        <source>Replay under the function&apos;s external debugger (its &quot;debug&quot; in stratus.json)</source>
        <translation>Reproduce bajo el depurador externo de la función (su &quot;debug&quot; en stratus.json)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="159"/>
        <source>Recorded output</source>
        <translation>Salida grabada</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="160"/>
        <source>Replayed output</source>
        <translation>Salida reproducida</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Test event</source>
        <translation>Evento de prueba</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="181"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="193"/>
        <source>Test Events</source>
        <translation>Eventos de prueba</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="194"/>
        <source>Flow Run</source>
        <translation>Ejecución del flujo</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="213"/>
        <source>List the next %1 older events</source>
        <translation>Lista otros %1 eventos más antiguos</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="226"/>
        <source>Save as Test Event</source>
        <translation>Guardar como evento de prueba</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="227"/>
        <source>Name (saved as events/%1/NAME.json):</source>
        <translation>Nombre (se guarda como events/%1/NAME.json):</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="236"/>
        <source>Clear recorded events</source>
        <translation>Vaciar eventos grabados</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="237"/>
        <source>Drop every recorded invocation and flow run of this cluster?</source>
        <translation>¿Descartar todas las invocaciones y ejecuciones de flujo grabadas de este clúster?</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="248"/>
        <source>%1. The replay waits for it, then runs at the debugger&apos;s pace; Cancel stops it.</source>
        <translation>%1. La reproducción lo espera y luego avanza al ritmo del depurador; Cancelar la detiene.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="254"/>
        <source>Debugger attached: the function runs at your debugger&apos;s pace.</source>
        <translation>Depurador conectado: la función avanza al ritmo de tu depurador.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="260"/>
        <source>pass</source>
        <translation>superado</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="260"/>
        <source>FAIL</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="285"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="505"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="411"/>
        <source>No cluster is running: start it to see its recorded events.</source>
        <translation>No hay ningún clúster en marcha: inícialo para ver sus eventos grabados.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="460"/>
        <source>Resume Recording</source>
        <translation>Reanudar grabación</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="462"/>
        <source>Recording %1 · %2 events, %3 of %4 · %5</source>
        <translation>Grabación %1 · %2 eventos, %3 de %4 · %5</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="463"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="463"/>
        <source>on</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="467"/>
        <source>kept %1 h</source>
        <translation>se conservan %1 h</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="468"/>
        <source>kept until the size limit</source>
        <translation>se conservan hasta el límite de tamaño</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="489"/>
        <source>%1 is not among the recorded events (recorded while paused, expired, or cleared).</source>
        <translation>%1 no está entre los eventos grabados (grabado en pausa, caducado o borrado).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="508"/>
        <source>Function: %1</source>
        <translation>Función: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="510"/>
        <source>Flow: %1</source>
        <translation>Flujo: %1</translation>
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
        <translation>Estado            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="582"/>
        <source>Exit code  %1</source>
        <translation>Código de salida  %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="583"/>
        <location filename="../panels/debug/debuggerpanel.cpp" line="600"/>
        <source>Started    %1</source>
        <translation>Inicio            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="585"/>
        <source>Duration   %1 (from the invoker taking the event to its reply)</source>
        <translation>Duración          %1 (desde que el invoker toma el evento hasta su respuesta)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="587"/>
        <source>Start      %1 (%2 mode)</source>
        <translation>Arranque          %1 (modo %2)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="588"/>
        <source>cold: paid for a process start</source>
        <translation>en frío: se pagó el arranque de un proceso</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="589"/>
        <source>warm: a running worker</source>
        <translation>en caliente: un worker en marcha</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="591"/>
        <source>Invoker    %1, process %2</source>
        <translation>Invoker           %1, proceso %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="594"/>
        <source>Subject    %1</source>
        <translation>Asunto            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="595"/>
        <source>Input      %1</source>
        <translation>Entrada           %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="597"/>
        <source>Output     %1</source>
        <translation>Salida            %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="602"/>
        <source>Duration   %1</source>
        <translation>Duración          %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="603"/>
        <source>Node timings:</source>
        <translation>Tiempos de los nodos:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="621"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="623"/>
        <source>Input %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="625"/>
        <source>Output %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="635"/>
        <source>(no output: %1)</source>
        <translation>(sin salida: %1)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="636"/>
        <source>(nothing on stderr)</source>
        <translation>(nada en stderr)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="651"/>
        <source>Flow runs are stepped through on their graph (Flow Run tab); replay runs functions.</source>
        <translation>Las ejecuciones de flujos se recorren paso a paso sobre su grafo (pestaña Ejecución del flujo); la reproducción ejecuta funciones.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="652"/>
        <source>Replay runs %1 on this machine with this input (Ctrl+R).</source>
        <translation>Reproducir ejecuta %1 en esta máquina con esta entrada (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="666"/>
        <source>A flow run has no environment of its own: each node&apos;s function runs in its own.</source>
        <translation>Una ejecución de flujo no tiene entorno propio: la función de cada nodo se ejecuta en el suyo.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="672"/>
        <source>The open project declares no function %1: its environment is unknown.</source>
        <translation>El proyecto abierto no declara ninguna función %1: su entorno es desconocido.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="680"/>
        <source># As the invoker set it, from the manifest&apos;s env and this event (a replay uses the same;</source>
        <translation># Tal como lo fijó el invoker, a partir del env del manifiesto y de este evento (una reproducción usa el mismo;</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="681"/>
        <source># STRATUS_MODE is cold there: one event per process).</source>
        <translation># allí STRATUS_MODE es cold: un evento por proceso).</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="684"/>
        <source># Command: %1 %2 (in %3)</source>
        <translation># Comando: %1 %2 (en %3)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="687"/>
        <source># Debugger: %1 on %2:%3, waits %4 ms for it</source>
        <translation># Depurador: %1 en %2:%3, lo espera %4 ms</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="708"/>
        <source>Cannot show the run on its graph: %1</source>
        <translation>No se puede mostrar la ejecución sobre su grafo: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="768"/>
        <source>%1&apos;s input was %2: debug it with an input of your own (edit it, then Debug…)</source>
        <translation>La entrada de %1 era %2: depúrala con una entrada propia (edítala y luego Depurar…)</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="787"/>
        <source>running…</source>
        <translation>ejecutando…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="790"/>
        <source>Starting %1 under its debugger…</source>
        <translation>Iniciando %1 bajo su depurador…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="791"/>
        <source>Running %1 locally…</source>
        <translation>Ejecutando %1 en local…</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="821"/>
        <source>The replay failed (%1, %2): %3</source>
        <translation>La reproducción falló (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="829"/>
        <source>Identical to the recorded output, compared as JSON; replayed in %1.</source>
        <translation>Idéntica a la salida grabada, comparada como JSON; reproducida en %1.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="830"/>
        <source>Identical to the recorded output; replayed in %1.</source>
        <translation>Idéntica a la salida grabada; reproducida en %1.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="832"/>
        <source>no differences</source>
        <translation>sin diferencias</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="839"/>
        <source>1 difference from the recorded output, compared as JSON; replayed in %1:</source>
        <translation>1 diferencia con la salida grabada, comparada como JSON; reproducida en %1:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="840"/>
        <source>%1 differences from the recorded output, compared as JSON; replayed in %2:</source>
        <translation>%1 diferencias con la salida grabada, comparada como JSON; reproducida en %2:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="852"/>
        <source>The output differs from the recorded one, line by line; replayed in %1:</source>
        <translation>La salida difiere de la grabada, línea por línea; reproducida en %1:</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="907"/>
        <source>Saved %1 with its expected output.</source>
        <translation>%1 guardado con su salida esperada.</translation>
    </message>
    <message>
        <location filename="../panels/debug/debuggerpanel.cpp" line="908"/>
        <source>Saved %1 (no expected output: run it once and save again to add one).</source>
        <translation>%1 guardado (sin salida esperada: ejecútalo una vez y guarda de nuevo para añadir una).</translation>
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
        <location filename="../panels/deploypanel.cpp" line="52"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="53"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="53"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Invokers ready</source>
        <translation>Invokers listos</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Kept</source>
        <translation>Conservadas</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="55"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="57"/>
        <location filename="../panels/deploypanel.cpp" line="360"/>
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Running on</source>
        <translation>En ejecución en</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="59"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="61"/>
        <source>Diff with Project</source>
        <translation>Comparar con el proyecto</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="62"/>
        <source>Roll Back to Release</source>
        <translation>Volver a la versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="71"/>
        <source>What this release changes</source>
        <translation>Qué cambia esta versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="88"/>
        <source>Select a release and press Diff with Project to see what changed since.</source>
        <translation>Selecciona una versión y pulsa Comparar con el proyecto para ver qué ha cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="93"/>
        <source>Target:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="119"/>
        <source>Releases</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="181"/>
        <source>Cannot diff release %1 with the project: %2</source>
        <translation>No se puede comparar la versión %1 con el proyecto: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="183"/>
        <source>The project is as release %1 left it: no change.</source>
        <translation>El proyecto está como lo dejó la versión %1: sin cambios.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="185"/>
        <source>From release %1 to the project as it is now:

</source>
        <translation>De la versión %1 al proyecto tal como está ahora:

</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="191"/>
        <source>The secrets of %1 were not stored: %2</source>
        <translation>Los secretos de %1 no se guardaron: %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="226"/>
        <source>Open a project to deploy it.</source>
        <translation>Abre un proyecto para desplegarlo.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="230"/>
        <source>deploy.json cannot be used: %1</source>
        <translation>deploy.json no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="234"/>
        <source>No deploy target yet: press Add… to name a remote cluster and its git remote.</source>
        <translation>Aún no hay ningún destino de despliegue: pulsa Añadir… para indicar un clúster remoto y su remoto git.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="241"/>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="244"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/deploypanel.cpp" line="248"/>
        <source>Reachable: %n node(s) answered at %1.</source>
        <translation>
            <numerusform>Accesible: %n nodo respondió a las %1.</numerusform>
            <numerusform>Accesible: %n nodos respondieron a las %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="250"/>
        <source>Releases: %1</source>
        <translation>Versiones: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="253"/>
        <source>Unreachable: %1</source>
        <translation>Inaccesible: %1</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="279"/>
        <source>(not answering)</source>
        <translation>(no responde)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="280"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="290"/>
        <source>deploying</source>
        <translation>desplegando</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="308"/>
        <source>tag %1, commit %2</source>
        <translation>tag %1, commit %2</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="360"/>
        <source>Deploying…</source>
        <translation>Desplegando…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="363"/>
        <source>Select a release</source>
        <translation>Selecciona una versión</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="364"/>
        <source>Every node keeps %1: roll back to it</source>
        <translation>Todos los nodos conservan %1: vuelve a ella</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="365"/>
        <source>%1 is running, or not kept on every node</source>
        <translation>%1 está en ejecución o no se conserva en todos los nodos</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="375"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="431"/>
        <source>Remove Deploy Target</source>
        <translation>Quitar destino de despliegue</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="432"/>
        <source>Remove %1 from deploy.json? The remote cluster and its releases are not touched.</source>
        <translation>¿Quitar %1 de deploy.json? El clúster remoto y sus versiones no se modifican.</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="447"/>
        <source>Deploying to %1…</source>
        <translation>Desplegando en %1…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="458"/>
        <source>Rolling %1 back to %2…</source>
        <translation>Volviendo %1 a %2…</translation>
    </message>
    <message>
        <location filename="../panels/deploypanel.cpp" line="468"/>
        <source>Comparing release %1 with the project…</source>
        <translation>Comparando la versión %1 con el proyecto…</translation>
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
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="111"/>
        <source>nkey seed</source>
        <extracomment>Inserted into &quot;no %1 stored for target %2&quot;</extracomment>
        <translation>semilla de la nkey</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="121"/>
        <source>must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>debe tener de 1 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="132"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="147"/>
        <source>%1:1: the file must hold a JSON object</source>
        <translation>%1:1: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="156"/>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="161"/>
        <source>must be an array of targets</source>
        <translation>debe ser un array de destinos</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="170"/>
        <source>&quot;%1&quot; is used by an earlier target</source>
        <translation>&quot;%1&quot; ya lo usa un destino anterior</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="179"/>
        <source>&quot;%1&quot; is not a nats:// or tls:// URL with a host</source>
        <translation>&quot;%1&quot; no es una URL nats:// o tls:// con un host</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="182"/>
        <source>holds credentials: keep them out of the repository (set &quot;auth&quot; and enter the secret in the Deploy panel or the environment)</source>
        <translation>contiene credenciales: mantenlas fuera del repositorio (establece &quot;auth&quot; e introduce el secreto en el panel Despliegue o en el entorno)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="188"/>
        <source>must name the remote cluster&apos;s NATS URL(s)</source>
        <translation>debe indicar las URL NATS del clúster remoto</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="195"/>
        <location filename="../core/deploy/deploytarget.cpp" line="218"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="201"/>
        <source>is required with &quot;auth&quot;: &quot;user&quot;</source>
        <translation>es obligatorio con &quot;auth&quot;: &quot;user&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="204"/>
        <source>must be the public user nkey (starting with U) with &quot;auth&quot;: &quot;nkey&quot;</source>
        <translation>debe ser la nkey pública del usuario (que empieza por U) con &quot;auth&quot;: &quot;nkey&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="206"/>
        <source>is required with &quot;auth&quot;: &quot;creds&quot;</source>
        <translation>es obligatorio con &quot;auth&quot;: &quot;creds&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="212"/>
        <source>must name the git remote the nodes fetch releases from</source>
        <translation>debe indicar el remoto git del que los nodos obtienen las versiones</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="222"/>
        <source>is required with &quot;auth&quot;: &quot;ssh-key&quot;</source>
        <translation>es obligatorio con &quot;auth&quot;: &quot;ssh-key&quot;</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="225"/>
        <source>holds a password: keep it out of the repository</source>
        <translation>contiene una contraseña: mantenla fuera del repositorio</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="235"/>
        <source>must be from 1 to 100</source>
        <translation>debe estar entre 1 y 100</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="238"/>
        <source>must be at least 1000</source>
        <translation>debe ser al menos 1000</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="284"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="299"/>
        <source>no deploy target &quot;%1&quot;: %2 declares none (add one in the Deploy panel or see docs/deploy.md)</source>
        <translation>no hay ningún destino de despliegue &quot;%1&quot;: %2 no declara ninguno (añade uno en el panel Despliegue o consulta docs/deploy.md)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploytarget.cpp" line="302"/>
        <source>no deploy target &quot;%1&quot; in %2 (targets: %3)</source>
        <translation>no hay ningún destino de despliegue &quot;%1&quot; en %2 (destinos: %3)</translation>
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
    <name>Stratus::Deployer</name>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="52"/>
        <source>%1 failed and stays on no release: %2</source>
        <translation>%1 falló y se queda sin versión: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="56"/>
        <source>%1 failed and stays on release %2: %3</source>
        <translation>%1 falló y se queda en la versión %2: %3</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="61"/>
        <source>release %1 runs on %2</source>
        <translation>la versión %1 se ejecuta en %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="64"/>
        <source>release %1 runs nowhere: %2</source>
        <translation>la versión %1 no se ejecuta en ningún sitio: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="66"/>
        <source>partial failure: release %1 runs on %2; %3</source>
        <translation>fallo parcial: la versión %1 se ejecuta en %2; %3</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="88"/>
        <source>no %1 stored for target %2: enter it in the Deploy panel&apos;s target settings, or set STRATUS_DEPLOY_SECRET</source>
        <extracomment>%1: what the secret is (&quot;password&quot;, &quot;token&quot;, &quot;nkey seed&quot;), %2: the target</extracomment>
        <translation>no hay ningún secreto (%1) guardado para el destino %2: introdúcelo en los ajustes del destino del panel Despliegue, o establece STRATUS_DEPLOY_SECRET</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="105"/>
        <source>invalid manifest: %1</source>
        <translation>manifiesto no válido: %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="123"/>
        <source>invalid flows:
%1</source>
        <translation>flujos no válidos:
%1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="131"/>
        <source>target %1: %2</source>
        <translation>destino %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="147"/>
        <source>cannot create an inbox</source>
        <translation>no se puede crear un inbox</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="153"/>
        <source>cannot subscribe to the status replies</source>
        <translation>no se puede suscribir a las respuestas de estado</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="158"/>
        <source>cannot ask the agents: %1</source>
        <translation>no se puede consultar a los agentes: %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="191"/>
        <source>target %1: no agent answered at %2 (is stratus-agent running on the nodes, connected to this broker?)</source>
        <translation>destino %1: ningún agente respondió en %2 (¿se está ejecutando stratus-agent en los nodos, conectado a este broker?)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="200"/>
        <source>%1 (deploy %2)</source>
        <translation>%1 (despliegue %2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="203"/>
        <source>target %1: node(s) %2 did not answer (deploy.json lists them): nothing was deployed</source>
        <translation>destino %1: los nodos %2 no respondieron (deploy.json los incluye): no se ha desplegado nada</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="207"/>
        <source>target %1: a deploy is in progress on %2; wait for it to end</source>
        <translation>destino %1: hay un despliegue en curso en %2; espera a que termine</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="221"/>
        <location filename="../core/deploy/deployer.cpp" line="241"/>
        <source>not deployed, %1</source>
        <translation>no desplegado, %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="222"/>
        <source>project valid</source>
        <translation>proyecto válido</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="234"/>
        <source>release %1 (commit %2)</source>
        <translation>versión %1 (commit %2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="243"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="271"/>
        <source>%1 (keeps %2)</source>
        <translation>%1 (conserva %2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="272"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="275"/>
        <source>cannot roll back to %1: not kept on %2; nothing was changed</source>
        <translation>no se puede volver a %1: no se conserva en %2; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="309"/>
        <source>agent timeout: %1 did not acknowledge the request (%2)</source>
        <translation>tiempo de espera del agente agotado: %1 no confirmó la solicitud (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="320"/>
        <source>the agent refused the request</source>
        <translation>el agente rechazó la solicitud</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployer.cpp" line="363"/>
        <source>agent timeout: %1 reported nothing for %2 s after &quot;%3&quot;; it may still finish (see `stratus remote status`)</source>
        <translation>tiempo de espera del agente agotado: %1 no informó de nada durante %2 s después de &quot;%3&quot;; puede que aún termine (consulta `stratus remote status`)</translation>
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
        <translation>Función / flujo</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="71"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="73"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="75"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../core/debug/eventmodel.cpp" line="77"/>
        <source>Request / run id</source>
        <translation>Id de petición / ejecución</translation>
    </message>
</context>
<context>
    <name>Stratus::EventRecorder</name>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="40"/>
        <source>nothing is recorded: the stream %1 does not exist (it is created when the cluster starts; is the cluster running this build?)</source>
        <translation>no hay nada grabado: el stream %1 no existe (se crea al iniciar el clúster; ¿el clúster ejecuta esta compilación?)</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="45"/>
        <source>cannot read the stream %1: %2</source>
        <translation>no se puede leer el stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="64"/>
        <source>cannot set the limits of the stream %1: %2</source>
        <translation>no se pueden fijar los límites del stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="66"/>
        <source>cannot pause the stream %1: %2</source>
        <translation>no se puede pausar el stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="70"/>
        <source>cannot resume the stream %1: %2</source>
        <translation>no se puede reanudar el stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="111"/>
        <source>cannot create the stream %1: %2</source>
        <translation>no se puede crear el stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="116"/>
        <source>cannot look up the stream %1: %2</source>
        <translation>no se puede consultar el stream %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventrecorder.cpp" line="182"/>
        <source>cannot clear the stream %1: %2</source>
        <translation>no se puede vaciar el stream %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::EventStore</name>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="77"/>
        <location filename="../core/debug/eventstore.cpp" line="92"/>
        <source>cannot read the recorded events: %1</source>
        <translation>no se pueden leer los eventos grabados: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="102"/>
        <source>reading the recorded events: %1</source>
        <translation>lectura de los eventos grabados: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="171"/>
        <source>there is no event e%1 (never recorded, expired by the recording limits, or cleared)</source>
        <translation>no existe el evento e%1 (nunca se grabó, caducó por los límites de grabación o se borró)</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="175"/>
        <source>cannot read event e%1: %2</source>
        <translation>no se puede leer el evento e%1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/eventstore.cpp" line="222"/>
        <source>no recorded event has the id &quot;%1&quot; (an event id like e42, a request id or a flow run id; `stratus events ls` lists them)</source>
        <translation>ningún evento grabado tiene el id &quot;%1&quot; (un id de evento como e42, un id de solicitud o un id de ejecución de flujo; `stratus events ls` los lista)</translation>
    </message>
</context>
<context>
    <name>Stratus::Flow</name>
    <message>
        <location filename="../core/flow.cpp" line="72"/>
        <source>unknown key%1 (known keys: %2; tools&apos; own keys start with &quot;x-&quot;)</source>
        <extracomment>%1: empty, or a space and where the key is (&quot; in node &apos;fetch&apos;&quot;); %2: the known keys</extracomment>
        <translation>clave desconocida%1 (claves conocidas: %2; las claves propias de las herramientas empiezan por &quot;x-&quot;)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="85"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="89"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="104"/>
        <source>must be an integer</source>
        <translation>debe ser un entero</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="116"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="128"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="153"/>
        <source>must be an object {maxAttempts, backoffMs, backoffMultiplier, maxBackoffMs}</source>
        <translation>debe ser un objeto {maxAttempts, backoffMs, backoffMultiplier, maxBackoffMs}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="167"/>
        <source>unknown key %1</source>
        <extracomment>%1: where the key is (&quot;in node &apos;fetch&apos;&quot;)</extracomment>
        <translation>clave desconocida %1</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="183"/>
        <source>must be an object {&quot;x&quot;: number, &quot;y&quot;: number}%1</source>
        <extracomment>%1: empty, or a space and where the position is (&quot; in node &apos;fetch&apos;&quot;)</extracomment>
        <translation>debe ser un objeto {&quot;x&quot;: número, &quot;y&quot;: número}%1</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="198"/>
        <source>in node &apos;%1&apos;</source>
        <extracomment>Where a misplaced key is, inserted into &quot;unknown key %1&quot;</extracomment>
        <translation>en el nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="210"/>
        <source>&apos;%1&apos; is not a node kind (%2)</source>
        <translation>&apos;%1&apos; no es un tipo de nodo (%2)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="231"/>
        <source>in edge %1 -&gt; %2</source>
        <extracomment>Where a misplaced key is, inserted into &quot;unknown key %1&quot;</extracomment>
        <translation>en la arista %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="243"/>
        <source>&apos;%1&apos; is not an edge kind (%2)</source>
        <translation>&apos;%1&apos; no es un tipo de arista (%2)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="391"/>
        <source>%1:1: a flow file must be a JSON object {&quot;version&quot;: 1, &quot;start&quot;: ..., &quot;nodes&quot;: [...], &quot;edges&quot;: [...]}</source>
        <translation>%1:1: un archivo de flujo debe ser un objeto JSON {&quot;version&quot;: 1, &quot;start&quot;: ..., &quot;nodes&quot;: [...], &quot;edges&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="406"/>
        <source>is required (&quot;version&quot;: %1)</source>
        <translation>es obligatorio (&quot;version&quot;: %1)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="411"/>
        <source>version %1 is newer than this workbench understands (%2); update Stratus Workbench to open this flow</source>
        <translation>la versión %1 es más reciente de la que entiende este workbench (%2); actualiza Stratus Workbench para abrir este flujo</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="416"/>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="430"/>
        <source>is required (an array of nodes)</source>
        <translation>es obligatorio (un array de nodos)</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="430"/>
        <source>must be an array of nodes</source>
        <translation>debe ser un array de nodos</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="436"/>
        <source>must be an object {&quot;id&quot;: ..., &quot;kind&quot;: ...}</source>
        <translation>debe ser un objeto {&quot;id&quot;: ..., &quot;kind&quot;: ...}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="443"/>
        <source>must be an array of edges</source>
        <translation>debe ser un array de aristas</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="449"/>
        <source>must be an object {&quot;from&quot;: ..., &quot;to&quot;: ...}</source>
        <translation>debe ser un objeto {&quot;from&quot;: ..., &quot;to&quot;: ...}</translation>
    </message>
    <message>
        <location filename="../core/flow.cpp" line="501"/>
        <location filename="../core/flow.cpp" line="504"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDebugSession</name>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="111"/>
        <source>cannot create NATS options</source>
        <translation>no se pueden crear las opciones de NATS</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="122"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="140"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>no se puede suscribir a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="184"/>
        <source>the edited input is not JSON: %1 at character %2</source>
        <translation>la entrada editada no es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="187"/>
        <source>not one value</source>
        <translation>no es un único valor</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="291"/>
        <source>the debug session was closed</source>
        <translation>la sesión de depuración se cerró</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="307"/>
        <source>flow %1: a breakpoint needs a node</source>
        <translation>flujo %1: un punto de interrupción necesita un nodo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="313"/>
        <source>flow %1: the condition of the breakpoint on node %2: %3</source>
        <translation>flujo %1: la condición del punto de interrupción en el nodo %2: %3</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="373"/>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="426"/>
        <source>the debugger is not connected to the cluster</source>
        <translation>el depurador no está conectado al clúster</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="394"/>
        <source>re-run: choose the node to start from</source>
        <translation>volver a ejecutar: elige el nodo desde el que empezar</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="396"/>
        <source>re-run: this is not a flow run&apos;s record (it has no &quot;nodes&quot;)</source>
        <translation>volver a ejecutar: esto no es el registro de una ejecución de flujo (no tiene &quot;nodes&quot;)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="415"/>
        <source>re-run: the record keeps only the size of the run&apos;s input (over 64 KiB)</source>
        <translation>volver a ejecutar: el registro solo conserva el tamaño de la entrada de la ejecución (más de 64 KiB)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="491"/>
        <source>no flow invoker is running</source>
        <translation>no hay ningún invoker de flujos en ejecución</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdebugsession.cpp" line="492"/>
        <source>no flow invoker holds run %1 paused (it may have finished or been released)</source>
        <translation>ningún invoker de flujos mantiene en pausa la ejecución %1 (puede haber terminado o haberse liberado)</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDiff</name>
    <message>
        <location filename="../core/flowedit/flowdiff.cpp" line="17"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDiffDialog</name>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="33"/>
        <source>Git revision:</source>
        <translation>Revisión de git:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="33"/>
        <source>Another file:</source>
        <translation>Otro archivo:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="35"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="35"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="38"/>
        <source>Compare Flow</source>
        <translation>Comparar flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="48"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="48"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="48"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="72"/>
        <source>a .flow.json file</source>
        <translation>un archivo .flow.json</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="84"/>
        <source>Compare with a flow file</source>
        <translation>Comparar con un archivo de flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="85"/>
        <source>Flows (*.flow.json);;JSON (*.json)</source>
        <translation>Flujos (*.flow.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="132"/>
        <source>the flow is not saved to a file yet</source>
        <translation>el flujo aún no está guardado en un archivo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="138"/>
        <source>reading the history…</source>
        <translation>leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="147"/>
        <source>no git history</source>
        <translation>sin historial de git</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="151"/>
        <source>the file has not been committed yet</source>
        <translation>el archivo aún no tiene ningún commit</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="171"/>
        <source>Choose a revision to compare with.</source>
        <translation>Elige una revisión con la que comparar.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="179"/>
        <source>Choose a flow file to compare with.</source>
        <translation>Elige un archivo de flujo con el que comparar.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="184"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="195"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="218"/>
        <source>cannot compare with %1:
%2</source>
        <translation>no se puede comparar con %1:
%2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="260"/>
        <source>flow</source>
        <translation>flujo</translation>
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
        <translation>+ arista %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="270"/>
        <source>− edge %1</source>
        <translation>− arista %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="272"/>
        <source>~ edge %1</source>
        <translation>~ arista %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="274"/>
        <source>moved: %1</source>
        <translation>movidos: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="280"/>
        <source>No changes since %1%2.</source>
        <translation>Sin cambios desde %1%2.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowdiffdialog.cpp" line="281"/>
        <source> (only nodes moved)</source>
        <translation> (solo se movieron nodos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowdiffdialog.cpp" line="282"/>
        <source>%n change(s) since %1.</source>
        <translation>
            <numerusform>%n cambio desde %1.</numerusform>
            <numerusform>%n cambios desde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratus::FlowDocument</name>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="86"/>
        <source>the flow %1 has no file yet: choose where to save it</source>
        <translation>el flujo %1 aún no tiene archivo: elige dónde guardarlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="149"/>
        <location filename="../core/flowedit/flowdocument.cpp" line="151"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>no hay ningún nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="153"/>
        <source>a node cannot lead to itself (&apos;%1&apos;): a flow is acyclic</source>
        <translation>un nodo no puede llevar a sí mismo (&apos;%1&apos;): un flujo es acíclico</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="155"/>
        <source>&apos;%1&apos; is an end node: the run ends there, so nothing leaves it</source>
        <translation>&apos;%1&apos; es un nodo end: la ejecución termina ahí, así que nada sale de él</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="157"/>
        <source>&apos;%1&apos; is the start node: nothing leads into it</source>
        <translation>&apos;%1&apos; es el nodo inicial: nada llega a él</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="160"/>
        <source>only map nodes have body edges (&apos;%1&apos; is a %2 node)</source>
        <translation>solo los nodos map tienen aristas body (&apos;%1&apos; es un nodo %2)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="162"/>
        <source>a %1 node cannot fail, so it has no error edge (only function, modify and map nodes do)</source>
        <translation>un nodo %1 no puede fallar, así que no tiene arista de error (solo la tienen los nodos function, modify y map)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="166"/>
        <source>there already is a %1 edge %2 -&gt; %3</source>
        <translation>ya hay una arista %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="172"/>
        <source>&apos;%1&apos; already has its %2 edge (to &apos;%3&apos;): delete that one first</source>
        <translation>&apos;%1&apos; ya tiene su arista %2 (hacia &apos;%3&apos;): elimina esa primero</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="175"/>
        <source>&apos;%1&apos; already continues to &apos;%2&apos; and only parallel and choice nodes branch: delete that edge first, or put a parallel or choice node after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ya continúa hacia &apos;%2&apos; y solo los nodos parallel y choice se ramifican: elimina primero esa arista o pon un nodo parallel o choice después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="190"/>
        <source>would make a cycle: %1</source>
        <translation>crearía un ciclo: %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="231"/>
        <source>&apos;%1&apos; is not a valid node id (letters, digits, &apos;-&apos; and &apos;_&apos;, 1 to 64 characters)</source>
        <translation>&apos;%1&apos; no es un id de nodo válido (letras, dígitos, &apos;-&apos; y &apos;_&apos;, de 1 a 64 caracteres)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="233"/>
        <source>there already is a node &apos;%1&apos;</source>
        <translation>ya hay un nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="243"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="268"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowdocument.cpp" line="269"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="286"/>
        <location filename="../core/flowedit/flowdocument.cpp" line="305"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowdocument.cpp" line="287"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="303"/>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="307"/>
        <location filename="../core/flowedit/flowdocument.cpp" line="334"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="319"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="356"/>
        <source>Raise %1</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="356"/>
        <source>Lower %1</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="367"/>
        <source>Start at %1</source>
        <translation>Empezar en %1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="384"/>
        <source>Change the flow&apos;s properties</source>
        <translation>Cambiar las propiedades del flujo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="401"/>
        <source>Automatic layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="439"/>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="442"/>
        <source>the clipboard does not hold flow nodes:
%1</source>
        <translation>el portapapeles no contiene nodos de flujo:
%1</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="445"/>
        <source>the clipboard holds a flow without nodes: nothing to paste</source>
        <translation>el portapapeles contiene un flujo sin nodos: nada que pegar</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="461"/>
        <source>the clipboard has two nodes &apos;%1&apos;: nothing pasted</source>
        <translation>el portapapeles tiene dos nodos &apos;%1&apos;: no se pegó nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowdocument.cpp" line="482"/>
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Pegar %n nodo</numerusform>
            <numerusform>Pegar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowdocument.cpp" line="490"/>
        <source>select the nodes to duplicate</source>
        <translation>selecciona los nodos que duplicar</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowEdgeItem</name>
    <message>
        <location filename="../panels/flow/flowedgeitem.cpp" line="117"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowedgeitem.cpp" line="125"/>
        <source>on error</source>
        <translation>en caso de error</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowedgeitem.cpp" line="127"/>
        <source>each</source>
        <translation>por cada uno</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowEditorPanel</name>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="46"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="48"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="49"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="50"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="101"/>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="103"/>
        <source>Connected %1.</source>
        <translation>%1 conectado.</translation>
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
        <translation>Arrastra nodos desde la paleta; arrastra desde el puerto derecho de un nodo hasta otro nodo para conectarlos.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="176"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="176"/>
        <source>Start an empty flow</source>
        <translation>Empieza un flujo vacío</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="177"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="177"/>
        <source>Open a flow file</source>
        <translation>Abre un archivo de flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="178"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="178"/>
        <source>Write the flow in canonical form</source>
        <translation>Escribe el flujo en forma canónica</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="179"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="179"/>
        <source>Write the flow to another file</source>
        <translation>Escribe el flujo en otro archivo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="180"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="198"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="184"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="199"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="200"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="200"/>
        <source>Delete the selected nodes and edges</source>
        <translation>Elimina los nodos y las aristas seleccionados</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Duplicate the selected nodes</source>
        <translation>Duplica los nodos seleccionados</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="203"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="204"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="204"/>
        <source>Copy the selected nodes and the edges between them</source>
        <translation>Copia los nodos seleccionados y las aristas entre ellos</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="206"/>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="206"/>
        <source>Cut the selected nodes</source>
        <translation>Corta los nodos seleccionados</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="207"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="207"/>
        <source>Paste nodes at the pointer</source>
        <translation>Pega los nodos en la posición del puntero</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="208"/>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="208"/>
        <source>Select every node and edge</source>
        <translation>Selecciona todos los nodos y aristas</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Auto Layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Arrange the nodes left to right</source>
        <translation>Coloca los nodos de izquierda a derecha</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="210"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="211"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="211"/>
        <source>Show the whole flow</source>
        <translation>Muestra el flujo completo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="212"/>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="212"/>
        <source>Zoom in</source>
        <translation>Acerca la vista</translation>
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
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Zoom out</source>
        <translation>Aleja la vista</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="215"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="216"/>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="216"/>
        <source>Compare with a git revision or another flow file</source>
        <translation>Compara con una revisión de git o con otro archivo de flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="217"/>
        <source>Set as Start</source>
        <translation>Establecer como inicial</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="217"/>
        <source>Make the selected node the flow&apos;s first node</source>
        <translation>Convierte el nodo seleccionado en el primer nodo del flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="237"/>
        <source>Save Flow As</source>
        <translation>Guardar flujo como</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="238"/>
        <location filename="../panels/flow/floweditorpanel.cpp" line="330"/>
        <source>Flows (*.flow.json)</source>
        <translation>Flujos (*.flow.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="299"/>
        <source>Opened %1; its nodes had no positions and were laid out (save to keep them).</source>
        <translation>Abierto %1; sus nodos no tenían posiciones y se han dispuesto (guarda para conservarlas).</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="301"/>
        <source>Opened %1.</source>
        <translation>%1 abierto.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="308"/>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="309"/>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="320"/>
        <source>Open Flow</source>
        <translation>Abrir flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="320"/>
        <source>Flows (*.flow.json);;JSON (*.json)</source>
        <translation>Flujos (*.flow.json);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="329"/>
        <source>Save Flow</source>
        <translation>Guardar flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="332"/>
        <source>Not saved: no file chosen.</source>
        <translation>No guardado: no se eligió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="342"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="355"/>
        <source>A new flow: drag nodes from the palette.</source>
        <translation>Un flujo nuevo: arrastra nodos desde la paleta.</translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="377"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/floweditorpanel.cpp" line="461"/>
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nodo copiado.</numerusform>
            <numerusform>%n nodos copiados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="481"/>
        <source>Cannot paste: %1</source>
        <translation>No se puede pegar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/floweditorpanel.cpp" line="485"/>
        <source>Pasted %n node(s).</source>
        <translation>
            <numerusform>%n nodo pegado.</numerusform>
            <numerusform>%n nodos pegados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/floweditorpanel.cpp" line="496"/>
        <source>Cannot duplicate: %1</source>
        <translation>No se puede duplicar: %1</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowExpression</name>
    <message>
        <location filename="../core/flowexpression.cpp" line="170"/>
        <source>the expression is empty</source>
        <translation>la expresión está vacía</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="178"/>
        <source>unexpected number after the end of the expression</source>
        <translation>número inesperado después del final de la expresión</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="180"/>
        <source>unexpected string after the end of the expression</source>
        <translation>cadena inesperada después del final de la expresión</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="181"/>
        <source>unexpected &apos;%1&apos; after the end of the expression</source>
        <translation>&apos;%1&apos; inesperado después del final de la expresión</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="194"/>
        <location filename="../core/flowexpression.cpp" line="716"/>
        <source>at column %1: %2</source>
        <extracomment>%2: what is wrong there (a whole sentence)</extracomment>
        <translation>en la columna %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="238"/>
        <source>unexpected &apos;%1&apos; in a number</source>
        <translation>&apos;%1&apos; inesperado en un número</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="244"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="251"/>
        <location filename="../core/flowexpression.cpp" line="260"/>
        <source>unterminated string (no closing %1)</source>
        <translation>cadena sin terminar (falta el %1 de cierre)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="281"/>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u necesita cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="288"/>
        <source>unknown escape &apos;\%1&apos; in a string (use \n \t \r \\ \&apos; \&quot; \uXXXX)</source>
        <translation>secuencia de escape desconocida &apos;\%1&apos; en una cadena (usa \n \t \r \\ \&apos; \&quot; \uXXXX)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="313"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="348"/>
        <source>the expression nests deeper than %1 levels</source>
        <translation>la expresión anida más de %1 niveles</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="380"/>
        <source>expected &apos;:&apos; after the &apos;then&apos; branch of ?: (at column %1)</source>
        <translation>se esperaba &apos;:&apos; después de la rama &apos;then&apos; de ?: (en la columna %1)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="472"/>
        <source>expected a property name after &apos;.&apos;</source>
        <translation>se esperaba un nombre de propiedad después de &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="485"/>
        <source>expected &apos;]&apos; after the index (opened at column %1)</source>
        <translation>se esperaba &apos;]&apos; después del índice (abierto en la columna %1)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="517"/>
        <source>unexpected end of the expression (expected a value)</source>
        <translation>final inesperado de la expresión (se esperaba un valor)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="528"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>se esperaba &apos;)&apos; para cerrar el &apos;(&apos; de la columna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="539"/>
        <source>unexpected &apos;%1&apos; (expected a value)</source>
        <translation>&apos;%1&apos; inesperado (se esperaba un valor)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="559"/>
        <source>%1 is a function: call it as %1(...)</source>
        <translation>%1 es una función: llámala como %1(...)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="560"/>
        <source>unknown variable &apos;%1&apos; (variables: %2)</source>
        <translation>variable desconocida &apos;%1&apos; (variables: %2)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="573"/>
        <source>unknown function &apos;%1&apos; (functions: %2)</source>
        <translation>función desconocida &apos;%1&apos; (funciones: %2)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="591"/>
        <source>expected &apos;,&apos; or &apos;)&apos; after the arguments of %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;)&apos; después de los argumentos de %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="601"/>
        <source>%1 takes at least %2 arguments, not %3</source>
        <translation>%1 admite al menos %2 argumentos, no %3</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="606"/>
        <source>%1 takes %2 or %3 arguments, not %4</source>
        <translation>%1 admite %2 o %3 argumentos, no %4</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="612"/>
        <source>%1 takes 1 argument, not %2</source>
        <translation>%1 admite 1 argumento, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="614"/>
        <source>%1 takes %2 arguments, not %3</source>
        <translation>%1 admite %2 argumentos, no %3</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="638"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the array opened at column %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en el array abierto en la columna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="658"/>
        <source>expected a key (a name or a quoted string) in the object opened at column %1</source>
        <translation>se esperaba una clave (un nombre o una cadena entre comillas) en el objeto abierto en la columna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="666"/>
        <source>expected &apos;:&apos; after the key &apos;%1&apos;</source>
        <translation>se esperaba &apos;:&apos; después de la clave &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="683"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the object opened at column %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en el objeto abierto en la columna %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="723"/>
        <source>the expression needs more than %1 steps on this data; simplify it or split the data</source>
        <translation>la expresión necesita más de %1 pasos con estos datos; simplifícala o divide los datos</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="739"/>
        <source>%1 needs a number, not %2</source>
        <translation>%1 necesita un número, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="746"/>
        <source>%1 needs a string, not %2</source>
        <translation>%1 necesita una cadena, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="782"/>
        <source>unary +: &apos;%1&apos; is not a number</source>
        <translation>+ unario: &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="783"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="790"/>
        <source>unary + cannot make a number of %1</source>
        <translation>el + unario no puede obtener un número de %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="791"/>
        <source>%1 cannot make a number of %2</source>
        <translation>%1 no puede obtener un número de %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="852"/>
        <source>comparison needs two numbers or two strings, not %1 and %2</source>
        <translation>la comparación necesita dos números o dos cadenas, no %1 y %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="916"/>
        <source>unary - needs a number, not %1</source>
        <translation>el - unario necesita un número, no %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1005"/>
        <source>the string from + would have %1 characters, more than the limit of %2</source>
        <translation>la cadena resultante de + tendría %1 caracteres, más que el límite de %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1013"/>
        <source>+ needs two numbers, or a string on one side, not %1 and %2</source>
        <translation>+ necesita dos números, o una cadena en un lado, no %1 y %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1027"/>
        <source>%1 needs two numbers, not %2 and %3</source>
        <translation>%1 necesita dos números, no %2 y %3</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1037"/>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1047"/>
        <source>%1 overflows (the result is not a finite number)</source>
        <translation>%1 se desborda (el resultado no es un número finito)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1067"/>
        <source>%1 needs numbers, not %2</source>
        <translation>%1 necesita números, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1100"/>
        <source>%1 needs a string, an array or an object, not %2</source>
        <translation>%1 necesita una cadena, un array o un objeto, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1105"/>
        <source>%1 needs an object, not %2</source>
        <translation>%1 necesita un objeto, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1120"/>
        <source>has(object, key) needs a string key, not %1</source>
        <translation>has(object, key) necesita una clave de tipo cadena, no %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1124"/>
        <source>has(array, index) needs a number index, not %1</source>
        <translation>has(array, index) necesita un índice numérico, no %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1129"/>
        <source>%1 needs an object or an array, not %2</source>
        <translation>%1 necesita un objeto o un array, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1135"/>
        <source>the string from str would have %1 characters, more than the limit of %2</source>
        <translation>la cadena resultante de str tendría %1 caracteres, más que el límite de %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1167"/>
        <source>%1 needs an array of numbers, not %2</source>
        <translation>%1 necesita un array de números, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1176"/>
        <source>%1 of an empty array</source>
        <translation>%1 de un array vacío</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1207"/>
        <location filename="../core/flowexpression.cpp" line="1260"/>
        <source>%1 needs a string or an array, not %2</source>
        <translation>%1 necesita una cadena o un array, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1225"/>
        <source>the array from split would have %1 elements, more than the limit of %2</source>
        <translation>el array resultante de split tendría %1 elementos, más que el límite de %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1235"/>
        <source>%1 needs an array, not %2</source>
        <translation>%1 necesita un array, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1249"/>
        <source>the string from join would have %1 characters, more than the limit of %2</source>
        <translation>la cadena resultante de join tendría %1 caracteres, más que el límite de %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1264"/>
        <source>slice&apos;s start needs a number, not %1</source>
        <translation>el inicio de slice necesita un número, no %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1271"/>
        <source>slice&apos;s end needs a number, not %1</source>
        <translation>el final de slice necesita un número, no %1</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1302"/>
        <source>replace needs a non-empty text to replace</source>
        <translation>replace necesita un texto no vacío que sustituir</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1305"/>
        <source>the string from replace would have %1 characters, more than the limit of %2</source>
        <translation>la cadena resultante de replace tendría %1 caracteres, más que el límite de %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1321"/>
        <source>%1 needs objects, not %2</source>
        <translation>%1 necesita objetos, no %2</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1340"/>
        <source>json: the text is not valid JSON (%1)</source>
        <translation>json: el texto no es JSON válido (%1)</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1341"/>
        <source>json: the text is not valid JSON</source>
        <translation>json: el texto no es JSON válido</translation>
    </message>
    <message>
        <location filename="../core/flowexpression.cpp" line="1357"/>
        <source>the expression is %1 characters long, more than the limit of %2</source>
        <translation>la expresión tiene %1 caracteres, más que el límite de %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowInspector</name>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="109"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="110"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="191"/>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;; runs, traces and breakpoints name the node by it</source>
        <translation>Letras, dígitos, &apos;-&apos; y &apos;_&apos;; las ejecuciones, trazas y puntos de interrupción identifican el nodo con él</translation>
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
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="223"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="224"/>
        <source>Open the function&apos;s source in the editor</source>
        <translation>Abre el código de la función en el editor</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="230"/>
        <source>Function:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="245"/>
        <source>Enter applies the expression, Shift+Enter starts a new line</source>
        <translation>Intro aplica la expresión, Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="253"/>
        <source>Expression:</source>
        <translation>Expresión:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="260"/>
        <source>Concurrency:</source>
        <translation>Concurrencia:</translation>
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
        <translation>el valor predeterminado del flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="265"/>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="269"/>
        <source>Attempts in all, the first included: 1 = no retry</source>
        <translation>Intentos en total, incluido el primero: 1 = sin reintentos</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="270"/>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="274"/>
        <source>First backoff:</source>
        <translation>Espera inicial:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="283"/>
        <source>Backoff multiplier:</source>
        <translation>Multiplicador de la espera:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="287"/>
        <source>Longest backoff:</source>
        <translation>Espera máxima:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="293"/>
        <source>On error:</source>
        <translation>En caso de error:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="314"/>
        <source>e.g. input.kind == &apos;fizz&apos;</source>
        <translation>p. ej. input.kind == &apos;fizz&apos;</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="321"/>
        <source>Condition:</source>
        <translation>Condición:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="326"/>
        <source>Default branch (taken when no condition is true)</source>
        <translation>Rama predeterminada (se toma cuando ninguna condición es verdadera)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="351"/>
        <source>Try this branch&apos;s condition earlier</source>
        <translation>Prueba antes la condición de esta rama</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="355"/>
        <source>Try this branch&apos;s condition later</source>
        <translation>Prueba después la condición de esta rama</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="359"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="380"/>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="387"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="391"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="395"/>
        <source>Start node:</source>
        <translation>Nodo inicial:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="401"/>
        <source>One attempt of a node whose own timeout is 0</source>
        <translation>Un intento de un nodo cuyo propio tiempo límite es 0</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="402"/>
        <source>Node timeout:</source>
        <translation>Tiempo límite del nodo:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="404"/>
        <source>The whole run</source>
        <translation>La ejecución completa</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="405"/>
        <source>Run timeout:</source>
        <translation>Tiempo límite de la ejecución:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="407"/>
        <source>How long the run&apos;s data stays in the datastore</source>
        <translation>Cuánto tiempo permanecen los datos de la ejecución en el almacén de datos</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="408"/>
        <source>Data kept for:</source>
        <translation>Datos conservados durante:</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowinspector.cpp" line="422"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="516"/>
        <source>input (the array to iterate)</source>
        <translation>input (el array que recorrer)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="517"/>
        <source>input (the result)</source>
        <translation>input (el resultado)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="518"/>
        <source>e.g. {n: input.n}</source>
        <translation>p. ej. {n: input.n}</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="539"/>
        <source>the run fails (no error edge)</source>
        <translation>la ejecución falla (sin arista de error)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="540"/>
        <source>cannot fail</source>
        <translation>no puede fallar</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="541"/>
        <source>continue at %1</source>
        <translation>continúa en %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowinspector.cpp" line="565"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowNodeItem</name>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="166"/>
        <source>(no function)</source>
        <translation>(sin función)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="173"/>
        <source>each of %1</source>
        <translation>cada uno de %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="192"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="192"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="201"/>
        <source>calls %1</source>
        <translation>llama a %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="206"/>
        <source>breakpoint</source>
        <translation>punto de interrupción</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="207"/>
        <source>breakpoint when %1</source>
        <translation>punto de interrupción cuando %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="545"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="547"/>
        <source>Modify</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="549"/>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="551"/>
        <source>Parallel</source>
        <translation>Paralelo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="553"/>
        <source>Join</source>
        <translation>Unión</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="555"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../panels/flow/flownodeitem.cpp" line="557"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowPalette</name>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="31"/>
        <source>Search nodes and functions</source>
        <translation>Buscar nodos y funciones</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="38"/>
        <source>Drag onto the canvas, or double-click to add at the centre</source>
        <translation>Arrastra al lienzo o haz doble clic para añadir en el centro</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="40"/>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="41"/>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="53"/>
        <source>Calls a function with its input</source>
        <translation>Llama a una función con su entrada</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="54"/>
        <source>Replaces the data with an expression</source>
        <translation>Sustituye los datos por una expresión</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="55"/>
        <source>Takes the first edge whose condition holds, else the default</source>
        <translation>Toma la primera arista cuya condición se cumple; si no, la predeterminada</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="56"/>
        <source>Sends its input along every outgoing edge</source>
        <translation>Envía su entrada por cada arista de salida</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="57"/>
        <source>Waits for every incoming branch; outputs them keyed by node</source>
        <translation>Espera cada rama de entrada; las devuelve indexadas por nodo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="58"/>
        <source>Runs its body for every element of an array</source>
        <translation>Ejecuta su cuerpo para cada elemento de un array</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="59"/>
        <source>The run&apos;s result</source>
        <translation>El resultado de la ejecución</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="115"/>
        <source>A function node calling %1</source>
        <translation>Un nodo de función que llama a %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowpalette.cpp" line="122"/>
        <source>(no functions: start the cluster or open a project)</source>
        <translation>(sin funciones: inicia el clúster o abre un proyecto)</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowProblemsView</name>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="56"/>
        <source>edge %1</source>
        <translation>arista %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="58"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="60"/>
        <source>flow</source>
        <translation>flujo</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowproblemsview.cpp" line="74"/>
        <source>No problems: the flow can run.</source>
        <translation>Sin problemas: el flujo se puede ejecutar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowproblemsview.cpp" line="76"/>
        <source>%n warning(s); the flow can run.</source>
        <translation>
            <numerusform>%n aviso; el flujo se puede ejecutar.</numerusform>
            <numerusform>%n avisos; el flujo se puede ejecutar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowproblemsview.cpp" line="78"/>
        <source>%n error(s) to fix before the flow can run</source>
        <translation>
            <numerusform>%n error que corregir antes de poder ejecutar el flujo</numerusform>
            <numerusform>%n errores que corregir antes de poder ejecutar el flujo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowproblemsview.cpp" line="79"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n aviso</numerusform>
            <numerusform>, %n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratus::FlowRevisions</name>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="34"/>
        <source>%1 is not in a git repository: there are no revisions to compare with</source>
        <translation>%1 no está en un repositorio git: no hay revisiones con las que compararlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="37"/>
        <source>%1: cannot open its git repository</source>
        <translation>%1: no se puede abrir su repositorio git</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="41"/>
        <source>%1: the repository has no work tree</source>
        <translation>%1: el repositorio no tiene árbol de trabajo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="47"/>
        <source>%1 is outside the repository at %2</source>
        <translation>%1 está fuera del repositorio en %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="88"/>
        <source>%1: cannot walk the history</source>
        <translation>%1: no se puede recorrer el historial</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="99"/>
        <source>%1: cannot read commit %2</source>
        <translation>%1: no se puede leer el commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="141"/>
        <source>%1: there is no commit %2</source>
        <translation>%1: no existe el commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="145"/>
        <source>%1: %2 is not a commit</source>
        <translation>%1: %2 no es un commit</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="149"/>
        <source>%1 does not exist in commit %2</source>
        <translation>%1 no existe en el commit %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrevisions.cpp" line="153"/>
        <source>%1: cannot read it from commit %2</source>
        <translation>%1: no se puede leer del commit %2</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowRunBar</name>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="67"/>
        <source>the input is not valid JSON at character %1: %2</source>
        <translation>la entrada no es JSON válido en el carácter %1: %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="72"/>
        <source>the input holds %1 JSON values: a run takes one</source>
        <translation>la entrada contiene %1 valores JSON: una ejecución admite uno</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="86"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="87"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="93"/>
        <source>Input: JSON such as {&quot;n&quot;: 15}, or text</source>
        <translation>Entrada: JSON como {&quot;n&quot;: 15}, o texto</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="95"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="96"/>
        <source>Edit the input in a bigger editor</source>
        <translation>Edita la entrada en un editor más grande</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="98"/>
        <source>Saved events of this flow (events/FLOW/*.json in the project)</source>
        <translation>Eventos guardados de este flujo (events/FLOW/*.json en el proyecto)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="102"/>
        <source>Clear the run&apos;s states, output and data</source>
        <translation>Limpia los estados, la salida y los datos de la ejecución</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="115"/>
        <source>The run&apos;s output</source>
        <translation>La salida de la ejecución</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="117"/>
        <source>Click an edge or a node after a run to see its data</source>
        <translation>Tras una ejecución, haz clic en una arista o en un nodo para ver sus datos</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="121"/>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="130"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="144"/>
        <location filename="../panels/flow/flowrunbar.cpp" line="255"/>
        <location filename="../panels/flow/flowrunbar.cpp" line="305"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="153"/>
        <source>running…</source>
        <translation>ejecutando…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="154"/>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="164"/>
        <source>No data on the edges: %1</source>
        <translation>Sin datos en las aristas: %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="192"/>
        <source>Start the local cluster to run this flow (Cluster ▸ Start)</source>
        <translation>Inicia el clúster local para ejecutar este flujo (Clúster ▸ Iniciar)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="193"/>
        <source>Run the flow on the cluster with this input (Enter)</source>
        <translation>Ejecuta el flujo en el clúster con esta entrada (Intro)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="207"/>
        <source>no saved events</source>
        <translation>no hay eventos guardados</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="207"/>
        <source>Saved events…</source>
        <translation>Eventos guardados…</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="227"/>
        <source>Input of flow %1</source>
        <translation>Entrada del flujo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="272"/>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="277"/>
        <source>failed (%1): %2</source>
        <translation>fallida (%1): %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="278"/>
        <source>failed at node %1: %2</source>
        <translation>fallida en el nodo %1: %2</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="280"/>
        <source>run %1 (stratus flow trace %1)</source>
        <translation>ejecución %1 (stratus flow trace %1)</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="283"/>
        <source>The cluster runs the flow as saved when it started, not the unsaved edits.</source>
        <translation>El clúster ejecuta el flujo tal como estaba guardado cuando se inició, no los cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="311"/>
        <source>Data on %1</source>
        <translation>Datos en %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="313"/>
        <source>Run the flow to see the data on its edges.</source>
        <translation>Ejecuta el flujo para ver los datos en sus aristas.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="318"/>
        <source>The run&apos;s data is not there yet.</source>
        <translation>Los datos de la ejecución aún no están disponibles.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="319"/>
        <location filename="../panels/flow/flowrunbar.cpp" line="333"/>
        <source>This run left no record of its data.</source>
        <translation>Esta ejecución no dejó ningún registro de sus datos.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="324"/>
        <source>Nothing passed along %1 in this run.</source>
        <translation>Nada pasó por %1 en esta ejecución.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="330"/>
        <source>Data of node %1</source>
        <translation>Datos del nodo %1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="332"/>
        <source>Run the flow to see its nodes&apos; data.</source>
        <translation>Ejecuta el flujo para ver los datos de sus nodos.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="338"/>
        <source>Node %1 did not run.</source>
        <translation>El nodo %1 no se ejecutó.</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="341"/>
        <source>input:
%1</source>
        <translation>entrada:
%1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="343"/>
        <source>output:
%1</source>
        <translation>salida:
%1</translation>
    </message>
    <message>
        <location filename="../panels/flow/flowrunbar.cpp" line="345"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowRunWatch</name>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="128"/>
        <source>the record of run %1 is not a JSON object: %2</source>
        <translation>el registro de la ejecución %1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="133"/>
        <source>run %1 left no record in the datastore within %2 ms: the manifest&apos;s &quot;record&quot; of this flow may be &quot;failed&quot; or &quot;none&quot;, or its TTL passed</source>
        <translation>la ejecución %1 no dejó ningún registro en el almacén de datos en %2 ms: el &quot;record&quot; de este flujo en el manifiesto puede ser &quot;failed&quot; o &quot;none&quot;, o su TTL ha caducado</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="154"/>
        <source>run %1 did not end within %2 ms</source>
        <translation>la ejecución %1 no terminó en %2 ms</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="177"/>
        <source>nothing listens on %1: is the flow in the manifest&apos;s &quot;flows&quot; and the cluster started since?</source>
        <translation>nadie escucha en %1: ¿está el flujo en los &quot;flows&quot; del manifiesto y se ha iniciado el clúster desde entonces?</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="234"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>no se puede suscribir a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="394"/>
        <source>no cluster to run on: start the local cluster (Cluster ▸ Start) first</source>
        <translation>no hay clúster en el que ejecutar: inicia primero el clúster local (Clúster ▸ Iniciar)</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="396"/>
        <source>the flow has no name: give it one in its properties before running it</source>
        <translation>el flujo no tiene nombre: dale uno en sus propiedades antes de ejecutarlo</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="503"/>
        <source>%1/%2 elements, %3 failed</source>
        <translation>%1/%2 elementos, %3 fallidos</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="504"/>
        <source>%1/%2 elements</source>
        <translation>%1/%2 elementos</translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="509"/>
        <source>replayed</source>
        <translation>reproducido</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/flowedit/flowrunwatch.cpp" line="511"/>
        <source>%n attempts</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/flowedit/flowrunwatch.cpp" line="563"/>
        <source>cut off: the run ended while it ran</source>
        <translation>interrumpido: la ejecución terminó mientras se ejecutaba</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowScene</name>
    <message>
        <location filename="../panels/flow/flowscene.cpp" line="600"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../panels/flow/flowscene.cpp" line="601"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratus::FlowStepView</name>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="38"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="39"/>
        <source>Forward ▶</source>
        <translation>Adelante ▶</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="40"/>
        <source>Re-run from here</source>
        <translation>Volver a ejecutar desde aquí</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="41"/>
        <location filename="../panels/debug/flowstepview.cpp" line="345"/>
        <source>Set breakpoint</source>
        <translation>Poner punto de interrupción</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="42"/>
        <source>Paused run</source>
        <translation>Ejecución en pausa</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="44"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="45"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="45"/>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="51"/>
        <source>The node that ran before (execution order)</source>
        <translation>El nodo que se ejecutó antes (orden de ejecución)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="52"/>
        <source>The node that ran next (execution order)</source>
        <translation>El nodo que se ejecutó después (orden de ejecución)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="53"/>
        <source>Run the flow again from the current node, with the data this run gave the nodes before it</source>
        <translation>Vuelve a ejecutar el flujo desde el nodo actual, con los datos que esta ejecución dio a los nodos anteriores</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="55"/>
        <source>Condition, e.g. input.kind == &apos;buzz&apos; (empty: always)</source>
        <translation>Condición, p. ej. input.kind == &apos;buzz&apos; (vacía: siempre)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="56"/>
        <source>A flow expression over input (the node&apos;s input) and run</source>
        <translation>Una expresión de flujo sobre input (la entrada del nodo) y run</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="57"/>
        <source>Pause live runs before the selected node</source>
        <translation>Pausa las ejecuciones en vivo antes del nodo seleccionado</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="63"/>
        <source>Open a recorded flow run to step through it</source>
        <translation>Abre una ejecución de flujo grabada para recorrerla paso a paso</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="65"/>
        <source>The node&apos;s input: edit it, then Continue or Step to run the node with it</source>
        <translation>La entrada del nodo: edítala y luego Continuar o Paso para ejecutar el nodo con ella</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="79"/>
        <source>Run on until the next breakpoint</source>
        <translation>Sigue hasta el siguiente punto de interrupción</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="80"/>
        <source>Run this node and pause before the next one</source>
        <translation>Ejecuta este nodo y se detiene antes del siguiente</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="81"/>
        <source>End the run here with an error</source>
        <translation>Termina aquí la ejecución con un error</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="146"/>
        <source>Run %1 finished: ok</source>
        <translation>Ejecución %1 terminada: ok</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="147"/>
        <source>Run %1 failed (%2): %3</source>
        <translation>Ejecución %1 fallida (%2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="156"/>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="286"/>
        <source>No run</source>
        <translation>Ninguna ejecución</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="287"/>
        <source>Run %1: no node ran</source>
        <translation>Ejecución %1: no se ejecutó ningún nodo</translation>
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
        <translation>Paso %1/%2: %3%4</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="297"/>
        <source>%1%2 (%3) — %4 %5</source>
        <translation>%1%2 (%3) — %4 %5</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="302"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="303"/>
        <source>input:</source>
        <translation>entrada:</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="305"/>
        <source>output:</source>
        <translation>salida:</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="311"/>
        <source>(nothing passed)</source>
        <translation>(no pasó nada)</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="314"/>
        <source>in: %1</source>
        <translation>entrante: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="315"/>
        <source>out: %1</source>
        <translation>saliente: %1</translation>
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
        <translation>Nada pasó por esta arista en la ejecución mostrada.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="341"/>
        <source>Re-running needs the debugger&apos;s connection to the cluster</source>
        <translation>Volver a ejecutar necesita la conexión del depurador al clúster</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="344"/>
        <source>Remove breakpoint</source>
        <translation>Quitar punto de interrupción</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="348"/>
        <source>Breakpoints need the debugger&apos;s connection to the cluster</source>
        <translation>Los puntos de interrupción necesitan la conexión del depurador al clúster</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="372"/>
        <source>breakpoints need the debugger&apos;s connection to the cluster</source>
        <translation>los puntos de interrupción necesitan la conexión del depurador al clúster</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="374"/>
        <source>flow %1 has no node &quot;%2&quot;</source>
        <translation>el flujo %1 no tiene ningún nodo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="393"/>
        <source>Select a node to put a breakpoint on.</source>
        <translation>Selecciona un nodo en el que poner un punto de interrupción.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="398"/>
        <source>Breakpoint on %1 removed.</source>
        <translation>Punto de interrupción en %1 quitado.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="399"/>
        <source>Live runs of %1 pause before %2.</source>
        <translation>Las ejecuciones en vivo de %1 se pausan antes de %2.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="400"/>
        <source>Live runs of %1 pause before %2 when %3.</source>
        <translation>Las ejecuciones en vivo de %1 se pausan antes de %2 cuando %3.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="414"/>
        <source>Re-running %1 from %2…</source>
        <translation>Volviendo a ejecutar %1 desde %2…</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="427"/>
        <source>Re-run from %1: ok: %2</source>
        <translation>Nueva ejecución desde %1: ok: %2</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="428"/>
        <source>Re-run from %1 failed (%2): %3</source>
        <translation>Nueva ejecución desde %1 fallida (%2): %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="460"/>
        <source>stepped</source>
        <translation>paso a paso</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="460"/>
        <source>breakpoint</source>
        <translation>punto de interrupción</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="464"/>
        <source>Run %1 paused before %2%3 (%4). Its input:</source>
        <translation>Ejecución %1 en pausa antes de %2%3 (%4). Su entrada:</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="470"/>
        <source>The input is too large to edit here; Continue runs the node with it unchanged</source>
        <translation>La entrada es demasiado grande para editarla aquí; Continuar ejecuta el nodo con ella sin cambios</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="472"/>
        <source>Paused before %1</source>
        <translation>En pausa antes de %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="474"/>
        <source>Run %1 of %2 is paused before node %3%4 (%5), by its %6.</source>
        <translation>La ejecución %1 de %2 está en pausa antes del nodo %3%4 (%5), por su %6.</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="478"/>
        <source>Edit its input below, then Continue (on to the next breakpoint), Step (pause before the next node) or Abort (end the run with an error).</source>
        <translation>Edita su entrada aquí abajo y luego Continuar (hasta el siguiente punto de interrupción), Paso (pausa antes del siguiente nodo) o Abortar (termina la ejecución con un error).</translation>
    </message>
    <message>
        <location filename="../panels/debug/flowstepview.cpp" line="496"/>
        <source>Run %1 resumed at %2 (%3).</source>
        <translation>Ejecución %1 reanudada en %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowValidator</name>
    <message>
        <location filename="../core/flowvalidator.cpp" line="90"/>
        <source>%1 is %2; it must be from %3 to %4</source>
        <extracomment>%1: a setting (&quot;timeoutMs&quot;, &quot;retry.maxAttempts&quot;); %2: its value; %3 and %4: the limits</extracomment>
        <translation>%1 vale %2; debe estar entre %3 y %4</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="124"/>
        <source>&apos;%1&apos; is not a valid node id (letters, digits, &apos;-&apos; and &apos;_&apos;, 1 to 64 characters)</source>
        <translation>&apos;%1&apos; no es un id de nodo válido (letras, dígitos, &apos;-&apos; y &apos;_&apos;, de 1 a 64 caracteres)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="129"/>
        <source>%1 nodes have the id &apos;%2&apos;; node ids must be unique: rename all but one</source>
        <translation>%1 nodos tienen el id &apos;%2&apos;; los id de los nodos deben ser únicos: cambia el nombre de todos menos uno</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="145"/>
        <source>a function node needs a function: set &quot;function&quot; to the name of one</source>
        <translation>un nodo function necesita una función: pon en &quot;function&quot; el nombre de una</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="148"/>
        <source>no function &apos;%1&apos; is known (check the name against the project&apos;s functions)</source>
        <translation>no se conoce ninguna función &apos;%1&apos; (comprueba el nombre con las funciones del proyecto)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="154"/>
        <source>a modify node needs an expression giving its output (e.g. &quot;{n: input.n}&quot;)</source>
        <translation>un nodo modify necesita una expresión que dé su salida (p. ej. &quot;{n: input.n}&quot;)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="165"/>
        <source>&quot;function&quot; is ignored on a %1 node</source>
        <extracomment>%1: a node kind, a keyword of flow files (choice, modify, ...): not translated</extracomment>
        <translation>&quot;function&quot; se ignora en un nodo %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="172"/>
        <source>&quot;expression&quot; is ignored on a %1 node</source>
        <translation>&quot;expression&quot; se ignora en un nodo %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="182"/>
        <source>retry.backoffMultiplier is %1; it must be from 1 to 10</source>
        <translation>retry.backoffMultiplier vale %1; debe estar entre 1 y 10</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="186"/>
        <source>&quot;timeoutMs&quot; is ignored on a %1 node</source>
        <translation>&quot;timeoutMs&quot; se ignora en un nodo %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="188"/>
        <source>&quot;retry&quot; is ignored on a %1 node (only function and map nodes are retried)</source>
        <translation>&quot;retry&quot; se ignora en un nodo %1 (solo se reintentan los nodos function y map)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="197"/>
        <source>the flow has no start node: set &quot;start&quot; to the id of its first node</source>
        <translation>el flujo no tiene nodo inicial: pon en &quot;start&quot; el id de su primer nodo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="199"/>
        <source>start: there is no node &apos;%1&apos; (set &quot;start&quot; to the id of the first node)</source>
        <translation>start: no hay ningún nodo &apos;%1&apos; (pon en &quot;start&quot; el id del primer nodo)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="213"/>
        <source>there is no node &apos;%1&apos; (the edge&apos;s &quot;from&quot;)</source>
        <translation>no hay ningún nodo &apos;%1&apos; (el &quot;from&quot; de la arista)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="215"/>
        <source>there is no node &apos;%1&apos; (the edge&apos;s &quot;to&quot;)</source>
        <translation>no hay ningún nodo &apos;%1&apos; (el &quot;to&quot; de la arista)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="223"/>
        <source>the flow has this %1 edge twice: remove one</source>
        <translation>el flujo tiene esta arista %1 dos veces: elimina una</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="231"/>
        <source>only the next edges leaving a choice node have conditions: remove this condition</source>
        <translation>solo las aristas next que salen de un nodo choice tienen condiciones: elimina esta condición</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="234"/>
        <source>only a next edge leaving a choice node can be its default</source>
        <translation>solo una arista next que sale de un nodo choice puede ser su default</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="236"/>
        <source>the default edge of a choice has no condition (it is taken when no other is true): remove the condition or &quot;default&quot;</source>
        <translation>la arista default de un choice no tiene condición (se toma cuando ninguna otra es verdadera): elimina la condición o &quot;default&quot;</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="239"/>
        <source>a choice&apos;s branch needs a condition (or &quot;default&quot;: true)</source>
        <translation>una rama de un choice necesita una condición (o &quot;default&quot;: true)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="244"/>
        <source>only map nodes have body edges (this one leaves a %1 node)</source>
        <translation>solo los nodos map tienen aristas body (esta sale de un nodo %1)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="284"/>
        <source>%1 outgoing next edges (to %2); only parallel and choice nodes branch: keep one, or put a parallel or choice node after this one</source>
        <translation>%1 aristas next salientes (hacia %2); solo los nodos parallel y choice se ramifican: deja una, o pon un nodo parallel o choice después de este</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="296"/>
        <source>a choice needs a default edge, taken when no condition is true: mark one outgoing edge &quot;default&quot;: true</source>
        <translation>un choice necesita una arista default, que se toma cuando ninguna condición es verdadera: marca una arista saliente con &quot;default&quot;: true</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="299"/>
        <source>the choice already has a default edge (to &apos;%1&apos;); a choice has exactly one</source>
        <translation>el choice ya tiene una arista default (hacia &apos;%1&apos;); un choice tiene exactamente una</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="306"/>
        <source>a parallel node with 1 outgoing next edge runs nothing in parallel</source>
        <translation>un nodo parallel con 1 arista next saliente no ejecuta nada en paralelo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="307"/>
        <source>a parallel node with %1 outgoing next edges runs nothing in parallel</source>
        <translation>un nodo parallel con %1 aristas next salientes no ejecuta nada en paralelo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="312"/>
        <source>a join needs at least two incoming edges (it has %1)</source>
        <translation>un join necesita al menos dos aristas entrantes (tiene %1)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="321"/>
        <source>an end node ends the run, so it has no outgoing edges: remove the edge to %1</source>
        <translation>un nodo end termina la ejecución, así que no tiene aristas salientes: elimina la arista hacia %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="323"/>
        <source>an end node ends the run, so it has no outgoing edges: remove the edges to %1</source>
        <translation>un nodo end termina la ejecución, así que no tiene aristas salientes: elimina las aristas hacia %1</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="328"/>
        <source>&apos;%1&apos; already has an error edge (to &apos;%2&apos;); a node has at most one</source>
        <translation>&apos;%1&apos; ya tiene una arista error (hacia &apos;%2&apos;); un nodo tiene como máximo una</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="335"/>
        <source>a %1 node cannot fail, so this error edge is never taken</source>
        <extracomment>%1: a node kind, a keyword of flow files (choice, parallel, join): not translated</extracomment>
        <translation>un nodo %1 no puede fallar, así que esta arista error nunca se toma</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="339"/>
        <source>a map node needs a body edge to the first node of the sub-path it runs for each element</source>
        <translation>un nodo map necesita una arista body hacia el primer nodo del subcamino que ejecuta para cada elemento</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="341"/>
        <source>a map node has exactly one body edge (it has %1)</source>
        <translation>un nodo map tiene exactamente una arista body (tiene %1)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="371"/>
        <source>cycle: %1; a flow is acyclic: remove one of these edges</source>
        <translation>ciclo: %1; un flujo es acíclico: elimina una de estas aristas</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="415"/>
        <source>not reachable from the start node &apos;%1&apos;: connect it or delete it</source>
        <translation>no alcanzable desde el nodo inicial &apos;%1&apos;: conéctalo o elimínalo</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="449"/>
        <source>the main path</source>
        <extracomment>Inserted as %1 or %2 into &quot;leaves %1 (...)&quot; and &quot;leads into %1 from %2 (...)&quot;</extracomment>
        <translation>el camino principal</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="449"/>
        <source>the sub-path of map &apos;%1&apos;</source>
        <translation>el subcamino del map &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="460"/>
        <source>leaves %1 (&apos;%2&apos; is also on the main path); a map&apos;s sub-path must end inside it, at the node whose output is the element&apos;s result</source>
        <translation>sale de %1 (&apos;%2&apos; también está en el camino principal); el subcamino de un map debe terminar dentro de él, en el nodo cuya salida es el resultado del elemento</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="465"/>
        <source>leads into %1 from %2; only the map&apos;s body edge enters its sub-path</source>
        <translation>entra en %1 desde %2; solo la arista body del map entra en su subcamino</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="478"/>
        <source>an end node cannot be inside the sub-path of map &apos;%1&apos; (the run would end in the middle of the map)</source>
        <translation>un nodo end no puede estar dentro del subcamino del map &apos;%1&apos; (la ejecución terminaría en mitad del map)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="489"/>
        <source>the sub-path of the map has %1 last nodes (%2); it needs exactly one, whose output is the element&apos;s result: join the branches</source>
        <translation>el subcamino del map tiene %1 nodos finales (%2); necesita exactamente uno, cuya salida es el resultado del elemento: une las ramas</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="494"/>
        <source>the sub-path of the map has no last node (a node without outgoing next edges gives the element&apos;s result)</source>
        <translation>el subcamino del map no tiene nodo final (un nodo sin aristas next salientes da el resultado del elemento)</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="512"/>
        <source>the run would stop at &apos;%1&apos; without a result; connect it to an end node</source>
        <translation>la ejecución se detendría en &apos;%1&apos; sin un resultado; conéctalo a un nodo end</translation>
    </message>
    <message>
        <location filename="../core/flowvalidator.cpp" line="518"/>
        <source>no end node is reachable from the start node &apos;%1&apos;: the run gives no result</source>
        <translation>ningún nodo end es alcanzable desde el nodo inicial &apos;%1&apos;: la ejecución no da ningún resultado</translation>
    </message>
</context>
<context>
    <name>Stratus::FlowView</name>
    <message>
        <location filename="../panels/flow/flowview.cpp" line="181"/>
        <source>Drag nodes here from the palette.
Connect them by dragging from a node&apos;s right-hand port to another node.</source>
        <translation>Arrastra aquí nodos desde la paleta.
Conéctalos arrastrando desde el puerto derecho de un nodo hasta otro nodo.</translation>
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
    <name>Stratus::FunctionReplayer</name>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="81"/>
        <source>the event must be a JSON object: %1&apos;s arguments take fields from it</source>
        <translation>el evento debe ser un objeto JSON: los argumentos de %1 toman campos de él</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="99"/>
        <source>the event has no field &quot;%1&quot; (argument template {{%1}} of %2)</source>
        <translation>el evento no tiene el campo &quot;%1&quot; (plantilla de argumento {{%1}} de %2)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="149"/>
        <source>%1 declares no function &quot;%2&quot;</source>
        <translation>%1 no declara ninguna función &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="159"/>
        <source>%1: command &apos;%2&apos; not found or not executable (PATH=%3, workdir %4)</source>
        <translation>%1: orden &apos;%2&apos; no encontrada o no ejecutable (PATH=%3, carpeta de trabajo %4)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="174"/>
        <source>port %1 is already in use: another debug session (or another program) listens there; change debug.port of %2</source>
        <translation>el puerto %1 ya está en uso: otra sesión de depuración (u otro programa) escucha en él; cambia debug.port de %2</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="204"/>
        <source>output-too-large: %1 wrote more than maxOutputBytes (%2)</source>
        <extracomment>&quot;output-too-large&quot; is the status code: keep it</extracomment>
        <translation>output-too-large: %1 escribió más de maxOutputBytes (%2)</translation>
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
        <translation>ningún depurador se conectó a %1:%2 en %3 ms; la repetición se detuvo (%4)</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="255"/>
        <source>timeout: %1 did not answer within %2 ms; its process group was killed</source>
        <extracomment>&quot;timeout&quot; is the status code: keep it</extracomment>
        <translation>timeout: %1 no respondió en %2 ms; se mató su grupo de procesos</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="272"/>
        <source>crashed: %1 was killed by a signal</source>
        <extracomment>&quot;crashed&quot; is the status code: keep it</extracomment>
        <translation>crashed: %1 fue terminado por una señal</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="278"/>
        <source>function-error: %1 exited with code %2</source>
        <extracomment>&quot;function-error&quot; is the status code: keep it</extracomment>
        <translation>function-error: %1 terminó con el código %2</translation>
    </message>
    <message>
        <location filename="../core/debug/functionreplayer.cpp" line="293"/>
        <source>the replay was cancelled</source>
        <translation>la repetición se canceló</translation>
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
        <location filename="../panels/functionspanel.cpp" line="94"/>
        <source>Invoke</source>
        <translation>Invocar</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="34"/>
        <location filename="../panels/functionspanel.cpp" line="122"/>
        <source>Stress Test</source>
        <translation>Prueba de estrés</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="49"/>
        <source>Select an entry to see its details.</source>
        <translation>Selecciona una entrada para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="50"/>
        <source>A service&apos;s entry can be edited here and saved to the registry.</source>
        <translation>La entrada de un servicio se puede editar aquí y guardar en el registro.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="51"/>
        <source>Write this service entry to the registry (refused if it changed meanwhile)</source>
        <translation>Escribe esta entrada de servicio en el registro (se rechaza si cambió entretanto)</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="52"/>
        <source>Edit the source this function runs</source>
        <translation>Edita el código que ejecuta esta función</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="58"/>
        <source>The event: JSON or any text</source>
        <translation>El evento: JSON o cualquier texto</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="62"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="63"/>
        <source>How long to wait for the reply</source>
        <translation>Cuánto esperar la respuesta</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="66"/>
        <source>The result or the error appears here.</source>
        <translation>Aquí aparece el resultado o el error.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="82"/>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="95"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="114"/>
        <source>Entry saved.</source>
        <translation>Entrada guardada.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="115"/>
        <location filename="../panels/functionspanel.cpp" line="223"/>
        <source>Entry not saved: %1</source>
        <translation>Entrada no guardada: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="121"/>
        <source>Load-test the selected function or flow with the default profile</source>
        <translation>Somete la función o el flujo seleccionado a una prueba de carga con el perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="130"/>
        <source>Load Payload</source>
        <translation>Cargar carga útil</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="224"/>
        <source>Entry not saved: it must be a JSON object.</source>
        <translation>Entrada no guardada: debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="252"/>
        <source>Invoking %1 on %2…</source>
        <translation>Invocando %1 en %2…</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="262"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="269"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="270"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="271"/>
        <source>Stratus-Status: %1 · duration %2 · round trip %3 ms · %4</source>
        <translation>Stratus-Status: %1 · duración %2 · ida y vuelta %3 ms · %4</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="274"/>
        <source>cold</source>
        <translation>en frío</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="274"/>
        <source>warm</source>
        <translation>en caliente</translation>
    </message>
    <message>
        <location filename="../panels/functionspanel.cpp" line="276"/>
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
    <name>Stratus::HttpDriver</name>
    <message>
        <location filename="../core/stress/httpdriver.cpp" line="54"/>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/httpdriver.cpp" line="74"/>
        <source>cannot create epoll/timerfd: %1</source>
        <translation>no se puede crear epoll/timerfd: %1</translation>
    </message>
    <message>
        <location filename="../core/stress/httpdriver.cpp" line="88"/>
        <source>cannot connect to %1:%2: %3</source>
        <translation>no se puede conectar a %1:%2: %3</translation>
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
    <name>Stratus::JsonDiff</name>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="36"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="54"/>
        <source>%1: added %2</source>
        <extracomment>%1: where in the JSON value (&quot;$.items[0]&quot;), %2: the value added there</extracomment>
        <translation>%1: añadido %2</translation>
    </message>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="57"/>
        <source>%1: removed %2</source>
        <extracomment>%1: where in the JSON value (&quot;$.items[0]&quot;), %2: the value removed there</extracomment>
        <translation>%1: eliminado %2</translation>
    </message>
    <message>
        <location filename="../core/debug/jsondiff.cpp" line="169"/>
        <source>identical</source>
        <translation>idéntico</translation>
    </message>
</context>
<context>
    <name>Stratus::JsonEditor</name>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="19"/>
        <source>Format</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="26"/>
        <source>Indent the JSON</source>
        <translation>Indenta el JSON</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="71"/>
        <source>empty: an event needs a JSON value, e.g. {}</source>
        <translation>vacío: un evento necesita un valor JSON, p. ej. {}</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="87"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="101"/>
        <source>valid JSON, %1 bytes</source>
        <translation>JSON válido, %1 bytes</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="103"/>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <location filename="../panels/debug/jsoneditor.cpp" line="106"/>
        <source>plain text, %1 bytes (this function&apos;s recorded input was not JSON)</source>
        <translation>texto plano, %1 bytes (la entrada grabada de esta función no era JSON)</translation>
    </message>
</context>
<context>
    <name>Stratus::JsonLocator</name>
    <message>
        <location filename="../core/jsonlocator.cpp" line="117"/>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <location filename="../core/jsonlocator.cpp" line="119"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../core/jsonlocator.cpp" line="131"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: JSON no válido: %4</translation>
    </message>
</context>
<context>
    <name>Stratus::KvBucket</name>
    <message>
        <location filename="../core/kvbucket.cpp" line="98"/>
        <source>cannot create the key-value bucket %1: %2</source>
        <translation>no se puede crear el bucket clave-valor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="100"/>
        <source>cannot look up the key-value bucket %1: %2</source>
        <translation>no se puede consultar el bucket clave-valor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="107"/>
        <source>cannot set the size limit of the key-value bucket %1: %2</source>
        <translation>no se puede fijar el límite de tamaño del bucket clave-valor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="121"/>
        <source>cannot open the key-value bucket %1: %2</source>
        <translation>no se puede abrir el bucket clave-valor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="179"/>
        <source>writing %1 keys to bucket %2: %3</source>
        <translation>escritura de %1 claves en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="191"/>
        <source>reading %1 from bucket %2: %3</source>
        <translation>lectura de %1 del bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="218"/>
        <source>writing %1 in bucket %2: %3</source>
        <translation>escritura de %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="228"/>
        <source>creating %1 in bucket %2: %3</source>
        <translation>creación de %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="238"/>
        <source>updating %1 in bucket %2: %3</source>
        <translation>actualización de %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="247"/>
        <location filename="../core/kvbucket.cpp" line="266"/>
        <source>deleting %1 in bucket %2: %3</source>
        <translation>eliminación de %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="255"/>
        <source>cannot create a delete marker for %1</source>
        <translation>no se puede crear una marca de borrado para %1</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="282"/>
        <source>purging %1 in bucket %2: %3</source>
        <translation>purga de %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="293"/>
        <location filename="../core/kvbucket.cpp" line="300"/>
        <source>listing %1 in bucket %2: %3</source>
        <translation>listado de %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="319"/>
        <location filename="../core/kvbucket.cpp" line="326"/>
        <source>listing keys %1 in bucket %2: %3</source>
        <translation>listado de las claves %1 en el bucket %2: %3</translation>
    </message>
    <message>
        <location filename="../core/kvbucket.cpp" line="344"/>
        <source>reading the size of bucket %1: %2</source>
        <translation>lectura del tamaño del bucket %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::LatencyHistogram</name>
    <message>
        <location filename="../core/stress/latencyhistogram.cpp" line="127"/>
        <source>histogram: subBucketBits must be %1</source>
        <translation>histogram: subBucketBits debe ser %1</translation>
    </message>
    <message>
        <location filename="../core/stress/latencyhistogram.cpp" line="136"/>
        <source>histogram: buckets: each must be [index 0..%1, count &gt;= 0]</source>
        <translation>histogram: buckets: cada uno debe ser [índice 0..%1, cantidad &gt;= 0]</translation>
    </message>
    <message>
        <location filename="../core/stress/latencyhistogram.cpp" line="143"/>
        <source>histogram: count does not match the buckets</source>
        <translation>histogram: count no coincide con los buckets</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadEngine</name>
    <message>
        <location filename="../core/stress/loadengine.cpp" line="31"/>
        <source>a stress run is already in progress</source>
        <translation>ya hay una prueba de carga en curso</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadPlan</name>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="44"/>
        <source>a NATS target needs a subject and a broker URL</source>
        <translation>un objetivo NATS necesita un subject y una URL del broker</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="46"/>
        <source>the per-request timeout must be a positive number of milliseconds</source>
        <translation>el tiempo de espera por solicitud debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="49"/>
        <source>concurrency (-c) must be 1 to 100000</source>
        <translation>la concurrencia (-c) debe estar entre 1 y 100000</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="51"/>
        <source>give a number of requests (-n) of at least 1, or a duration (-z)</source>
        <translation>indica un número de solicitudes (-n) de al menos 1, o una duración (-z)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="53"/>
        <source>the number of requests (-n %1) cannot be smaller than the concurrency (-c %2)</source>
        <translation>el número de solicitudes (-n %1) no puede ser menor que la concurrencia (-c %2)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="58"/>
        <source>the rate limit per worker (-q) must not be negative</source>
        <translation>el límite de frecuencia por worker (-q) no debe ser negativo</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="60"/>
        <source>the profile sends no request</source>
        <translation>el perfil no envía ninguna solicitud</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="63"/>
        <source>maxInFlight and maxConnections must be at least 1</source>
        <translation>maxInFlight y maxConnections deben ser al menos 1</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="82"/>
        <location filename="../core/stress/loadplan.cpp" line="84"/>
        <source>must be a whole number &gt;= 1</source>
        <translation>debe ser un número entero &gt;= 1</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="86"/>
        <source>must be a number &gt;= 0 (requests per second per worker)</source>
        <translation>debe ser un número &gt;= 0 (solicitudes por segundo por worker)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="109"/>
        <source>must be a positive whole number of milliseconds</source>
        <translation>debe ser un número entero positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="116"/>
        <source>must be a positive whole number</source>
        <translation>debe ser un número entero positivo</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="153"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="158"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/stress/loadplan.cpp" line="160"/>
        <source>%1: a profile must be a JSON object</source>
        <translation>%1: un perfil debe ser un objeto JSON</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadProfile</name>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="151"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="157"/>
        <source>must be a duration like &quot;500ms&quot;, &quot;10s&quot;, &quot;2m&quot;, &quot;1h&quot; or a number of seconds</source>
        <translation>debe ser una duración como &quot;500ms&quot;, &quot;10s&quot;, &quot;2m&quot;, &quot;1h&quot; o un número de segundos</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="179"/>
        <source>missing (requests per second, a number &gt;= 0)</source>
        <translation>falta (solicitudes por segundo, un número &gt;= 0)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="180"/>
        <source>must be a number of requests per second &gt;= 0</source>
        <translation>debe ser un número de solicitudes por segundo &gt;= 0</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="189"/>
        <source>missing (a duration like &quot;10s&quot;)</source>
        <translation>falta (una duración como &quot;10s&quot;)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="212"/>
        <source>must be a whole number of steps, 1 to 10000</source>
        <translation>debe ser un número entero de escalones, de 1 a 10000</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="218"/>
        <source>makes a step&apos;s rate negative</source>
        <translation>hace negativa la frecuencia de un escalón</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="228"/>
        <source>the spike (at + spikeDuration) must end within duration</source>
        <translation>el pico (at + spikeDuration) debe terminar dentro de duration</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="240"/>
        <source>must be a non-empty array of phases</source>
        <translation>debe ser un array no vacío de fases</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="245"/>
        <source>must be an object {&quot;rate&quot;, &quot;duration&quot;} or {&quot;from&quot;, &quot;to&quot;, &quot;duration&quot;}</source>
        <translation>debe ser un objeto {&quot;rate&quot;, &quot;duration&quot;} o {&quot;from&quot;, &quot;to&quot;, &quot;duration&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="262"/>
        <source>unknown profile &quot;%1&quot; (one of constant, ramp, steps, spike, seed, phases)</source>
        <translation>perfil desconocido &quot;%1&quot; (uno de constant, ramp, steps, spike, seed, phases)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="267"/>
        <source>the profile must last longer than 0 s</source>
        <translation>el perfil debe durar más de 0 s</translation>
    </message>
    <message>
        <location filename="../core/stress/loadprofile.cpp" line="269"/>
        <source>the profile sends no request (every rate is 0)</source>
        <translation>el perfil no envía ninguna solicitud (todas las frecuencias son 0)</translation>
    </message>
</context>
<context>
    <name>Stratus::LoadTarget</name>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="25"/>
        <source>the target is empty (a function name, flow:NAME, subject:SUBJECT or an http:// URL)</source>
        <translation>el objetivo está vacío (un nombre de función, flow:NOMBRE, subject:SUBJECT o una URL http://)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="30"/>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 no es una URL válida: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="32"/>
        <source>%1: https is not supported by the stress engine; load the local gateway over http://</source>
        <translation>%1: el motor de estrés no admite https; carga el gateway local por http://</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="44"/>
        <source>%1: a subject must be non-empty, without spaces or wildcards</source>
        <translation>%1: un subject no debe estar vacío ni tener espacios o comodines</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="51"/>
        <source>%1: a function or flow name needs a project (stratus.json); or give subject:SUBJECT or an http:// URL</source>
        <translation>%1: un nombre de función o de flujo necesita un proyecto (stratus.json); o bien indica subject:SUBJECT o una URL http://</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="78"/>
        <source>%1 declares no flow &quot;%2&quot; (targets: %3)</source>
        <translation>%1 no declara ningún flujo &quot;%2&quot; (objetivos: %3)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="81"/>
        <source>%1 declares no function &quot;%2&quot; (targets: %3)</source>
        <translation>%1 no declara ninguna función &quot;%2&quot; (objetivos: %3)</translation>
    </message>
    <message>
        <location filename="../core/stress/loadtarget.cpp" line="83"/>
        <source>%1 declares no function or flow &quot;%2&quot; (targets: %3)</source>
        <translation>%1 no declara ninguna función ni flujo &quot;%2&quot; (objetivos: %3)</translation>
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
        <location filename="../panels/logspanel.cpp" line="62"/>
        <source>Keep the newest line in view</source>
        <translation>Mantener visible la línea más reciente</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="69"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="70"/>
        <source>Copy the selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="71"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="72"/>
        <source>Save the lines shown to a file</source>
        <translation>Guardar en un archivo las líneas mostradas</translation>
    </message>
    <message>
        <location filename="../panels/logspanel.cpp" line="73"/>
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
        <location filename="../app/workbench/mainwindow.cpp" line="82"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="84"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="86"/>
        <source>Invocations</source>
        <translation>Invocaciones</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="88"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="90"/>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="92"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="96"/>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="105"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="108"/>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="110"/>
        <location filename="../app/workbench/mainwindow.cpp" line="111"/>
        <source>Flows — %1</source>
        <translation>Flujos — %1</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="121"/>
        <source>Debugger</source>
        <translation>Depurador</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="124"/>
        <source>Open in Debugger</source>
        <translation>Abrir en el depurador</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="199"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="201"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="228"/>
        <source>Saved; no running invoker runs %1.</source>
        <translation>Guardado; ningún invocador en marcha ejecuta %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="229"/>
        <source>Restarting %1.</source>
        <translation>Reiniciando %1.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="258"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="259"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="260"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="263"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="265"/>
        <source>New &amp;Function…</source>
        <translation>Nueva &amp;función…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="266"/>
        <source>New F&amp;low</source>
        <translation>Nuevo f&amp;lujo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="272"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="276"/>
        <source>&amp;Cluster</source>
        <translation>C&amp;lúster</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="280"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="284"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="285"/>
        <source>&amp;About Stratus Workbench</source>
        <translation>&amp;Acerca de Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="286"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="296"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="300"/>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="306"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="334"/>
        <source>%1 is not a Stratus project: it has no %2.</source>
        <translation>%1 no es un proyecto Stratus: no tiene %2.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="372"/>
        <location filename="../app/workbench/mainwindow.cpp" line="376"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="382"/>
        <source>New Project: choose where to create it</source>
        <translation>Nuevo proyecto: elige dónde crearlo</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="386"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="386"/>
        <source>Project name:</source>
        <translation>Nombre del proyecto:</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="417"/>
        <source>About Stratus Workbench</source>
        <translation>Acerca de Stratus Workbench</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="420"/>
        <source>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Build, run and debug serverless functions on NATS: a local cluster with one click, live logs and invocation records.&lt;/p&gt;&lt;p&gt;Built with Qt %2, nats.c and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratus Workbench %1&lt;/h3&gt;&lt;p&gt;Desarrolla, ejecuta y depura funciones serverless sobre NATS: un clúster local con un clic, registros y registros de invocación en directo.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2, nats.c y libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="464"/>
        <source>No source file is known for the function &apos;%1&apos;: is it in %2?</source>
        <translation>No se conoce ningún archivo de código para la función &apos;%1&apos;: ¿está en %2?</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="474"/>
        <source>Open a project first.</source>
        <translation>Abre primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../app/workbench/mainwindow.cpp" line="484"/>
        <source>Created %1 and added it to %2.</source>
        <translation>Creado %1 y añadido a %2.</translation>
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
        <translation>Deteniendo el clúster antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>Stratus::ManagedProcess</name>
    <message>
        <location filename="../core/managedprocess.cpp" line="137"/>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/managedprocess.cpp" line="242"/>
        <source>was killed by a signal</source>
        <extracomment>Follows the process&apos;s name: &quot;invoker.echo-py.0 was killed by a signal&quot;</extracomment>
        <translation>fue terminado por una señal</translation>
    </message>
    <message>
        <location filename="../core/managedprocess.cpp" line="245"/>
        <source>exited with code %1</source>
        <extracomment>Follows the process&apos;s name: &quot;invoker.echo-py.0 exited with code 1&quot;</extracomment>
        <translation>terminó con el código %1</translation>
    </message>
</context>
<context>
    <name>Stratus::Manifest</name>
    <message>
        <location filename="../core/manifest.cpp" line="44"/>
        <source>unknown key (known keys: %1)</source>
        <translation>clave desconocida (claves conocidas: %1)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="54"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="58"/>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="72"/>
        <source>must be an integer from %1 to %2</source>
        <translation>debe ser un entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="110"/>
        <source>must be an object {runtime, port, waitMs}</source>
        <translation>debe ser un objeto {runtime, port, waitMs}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="120"/>
        <source>python-pdb is not supported: pdb reads its commands from stdin, which carries the event; use python-debugpy</source>
        <translation>python-pdb no está soportado: pdb lee sus órdenes de stdin, que lleva el evento; usa python-debugpy</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="126"/>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="138"/>
        <source>must be an object {maxBytes, maxAgeSeconds, maxMessages}</source>
        <translation>debe ser un objeto {maxBytes, maxAgeSeconds, maxMessages}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="152"/>
        <source>must be -1 (no limit) or a positive number</source>
        <translation>debe ser -1 (sin límite) o un número positivo</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="169"/>
        <location filename="../core/manifest.cpp" line="287"/>
        <source>&apos;%1&apos; is not a valid name (letters, digits, &apos;-&apos; and &apos;_&apos;, at most 64)</source>
        <translation>&apos;%1&apos; no es un nombre válido (letras, dígitos, &apos;-&apos; y &apos;_&apos;, como máximo 64)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="178"/>
        <source>must be an array of strings</source>
        <translation>debe ser un array de cadenas</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="184"/>
        <location filename="../core/manifest.cpp" line="232"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="198"/>
        <location filename="../core/manifest.cpp" line="204"/>
        <location filename="../core/manifest.cpp" line="297"/>
        <source>&apos;%1&apos; is not a NATS subject without wildcards</source>
        <translation>&apos;%1&apos; no es un subject NATS sin comodines</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="214"/>
        <source>must be &quot;cold&quot; or &quot;warm&quot;, not &quot;%1&quot;</source>
        <translation>debe ser &quot;cold&quot; o &quot;warm&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="226"/>
        <source>must be an object of strings</source>
        <translation>debe ser un objeto de cadenas</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="250"/>
        <source>must be an array of {id, name, topic}</source>
        <translation>debe ser un array de {id, name, topic}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="259"/>
        <source>must be an object {id, name, topic}</source>
        <translation>debe ser un objeto {id, name, topic}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="270"/>
        <location filename="../core/manifest.cpp" line="337"/>
        <location filename="../core/manifest.cpp" line="461"/>
        <source>&apos;%1&apos; is declared twice</source>
        <translation>&apos;%1&apos; está declarado dos veces</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="310"/>
        <source>must be &quot;all&quot;, &quot;failed&quot; or &quot;none&quot;, not &quot;%1&quot;</source>
        <translation>debe ser &quot;all&quot;, &quot;failed&quot; o &quot;none&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="323"/>
        <source>must be an array of {name, ...}</source>
        <translation>debe ser un array de {name, ...}</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="331"/>
        <location filename="../core/manifest.cpp" line="349"/>
        <location filename="../core/manifest.cpp" line="443"/>
        <location filename="../core/manifest.cpp" line="456"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="362"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="376"/>
        <source>&apos;%1&apos; is already the trigger of %2</source>
        <translation>&apos;%1&apos; ya es el trigger de %2</translation>
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
        <translation>%1: no existe el archivo (un proyecto necesita un manifiesto %2)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="403"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="418"/>
        <source>%1:1: the manifest must be a JSON object</source>
        <translation>%1:1: el manifiesto debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="427"/>
        <source>version %1 is newer than this workbench understands (1)</source>
        <translation>la versión %1 es más reciente de la que entiende este workbench (1)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="449"/>
        <source>is required (an array of functions)</source>
        <translation>es obligatorio (un array de funciones)</translation>
    </message>
    <message>
        <location filename="../core/manifest.cpp" line="449"/>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
</context>
<context>
    <name>Stratus::ManifestEditor</name>
    <message>
        <location filename="../core/manifesteditor.cpp" line="77"/>
        <source>%1: has no &quot;functions&quot; array to add to.</source>
        <translation>%1: no tiene un array &quot;functions&quot; al que añadir.</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="105"/>
        <source>The manifest would not be valid with this function:
%1</source>
        <translation>El manifiesto no sería válido con esta función:
%1</translation>
    </message>
    <message>
        <location filename="../core/manifesteditor.cpp" line="117"/>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
</context>
<context>
    <name>Stratus::NatsClient</name>
    <message>
        <location filename="../core/natsclient.cpp" line="17"/>
        <source>timed out waiting for a reply</source>
        <translation>se agotó el tiempo de espera de una respuesta</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="19"/>
        <source>no responders: nothing is subscribed to that subject (is the function deployed and its invoker running?)</source>
        <translation>nadie responde: nada está suscrito a ese subject (¿la función está desplegada y su invoker en marcha?)</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="22"/>
        <source>no broker reachable at that URL (is the cluster up?)</source>
        <translation>no se alcanza ningún broker en esa URL (¿está el clúster en marcha?)</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="24"/>
        <source>the connection to the broker is closed</source>
        <translation>la conexión con el broker está cerrada</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="26"/>
        <source>the payload is larger than the broker&apos;s max_payload</source>
        <translation>el payload es mayor que el max_payload del broker</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="36"/>
        <source>cannot create NATS options</source>
        <translation>no se pueden crear las opciones de NATS</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="50"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="61"/>
        <source>cannot create a message for %1</source>
        <translation>no se puede crear un mensaje para %1</translation>
    </message>
    <message>
        <location filename="../core/natsclient.cpp" line="93"/>
        <source>publish on %1: %2</source>
        <translation>publicación en %1: %2</translation>
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
        <translation>no hay ninguna URL NATS a la que conectarse</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="96"/>
        <source>cannot create NATS options</source>
        <translation>no se pueden crear las opciones de NATS</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="120"/>
        <source>the nkey %1 has no seed stored: enter it in the target&apos;s settings</source>
        <translation>la nkey %1 no tiene ninguna semilla guardada: introdúcela en los ajustes del destino</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="126"/>
        <source>the credentials file %1 cannot be read</source>
        <translation>no se puede leer el archivo de credenciales %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="129"/>
        <source>the credentials file %1 is not a NATS .creds file: %2</source>
        <translation>el archivo de credenciales %1 no es un archivo .creds de NATS: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="135"/>
        <source>the TLS CA file %1 cannot be loaded: %2</source>
        <translation>no se puede cargar el archivo de CA TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="149"/>
        <source>user name or password</source>
        <extracomment>Inserted as %2 into &quot;authentication failed at %1: the broker refused the %2 (...)&quot;</extracomment>
        <translation>el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="150"/>
        <source>token</source>
        <translation>el token</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="151"/>
        <source>nkey</source>
        <translation>la nkey</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="152"/>
        <source>credentials file</source>
        <translation>el archivo de credenciales</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="153"/>
        <source>anonymous connection</source>
        <translation>la conexión anónima</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="156"/>
        <source>authentication failed at %1: the broker refused the %2 (check the target&apos;s credentials)</source>
        <translation>autenticación fallida en %1: el broker rechazó %2 (comprueba las credenciales del destino)</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="159"/>
        <source>authentication failed at %1: the broker refused the %2 (check the target&apos;s credentials); the broker said: %3</source>
        <translation>autenticación fallida en %1: el broker rechazó %2 (comprueba las credenciales del destino); el broker dijo: %3</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="166"/>
        <source>TLS failed at %1: %2</source>
        <translation>TLS falló en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="168"/>
        <source>unreachable: no NATS server answers at %1 (is the address right and the cluster up?)</source>
        <translation>inalcanzable: ningún servidor NATS responde en %1 (¿es correcta la dirección y está activo el clúster?)</translation>
    </message>
    <message>
        <location filename="../core/deploy/natsconnectoptions.cpp" line="173"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratus::NatsDriver</name>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="27"/>
        <source>cannot create NATS options</source>
        <translation>no se pueden crear las opciones de NATS</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="41"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="46"/>
        <source>cannot create an inbox</source>
        <translation>no se puede crear un inbox</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="54"/>
        <source>cannot subscribe to the reply inbox: %1</source>
        <translation>no se puede suscribir al inbox de respuestas: %1</translation>
    </message>
    <message>
        <location filename="../core/stress/natsdriver.cpp" line="61"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 no responde: %2</translation>
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
    <name>Stratus::PayloadTemplate</name>
    <message>
        <location filename="../core/stress/payloadtemplate.cpp" line="25"/>
        <source>payload template: &quot;{{&quot; at byte %1 is never closed with &quot;}}&quot;</source>
        <translation>plantilla del payload: &quot;{{&quot; en el byte %1 nunca se cierra con &quot;}}&quot;</translation>
    </message>
    <message>
        <location filename="../core/stress/payloadtemplate.cpp" line="47"/>
        <source>payload template: {{%1}} at byte %2: write {{rand:MIN:MAX}} with integers MIN &lt;= MAX</source>
        <translation>plantilla del payload: {{%1}} en el byte %2: escribe {{rand:MIN:MAX}} con enteros MIN &lt;= MAX</translation>
    </message>
    <message>
        <location filename="../core/stress/payloadtemplate.cpp" line="52"/>
        <source>payload template: unknown variable {{%1}} at byte %2 (known: seq, rand:MIN:MAX, timestamp, timestamp_ms, timestamp_us, uuid)</source>
        <translation>plantilla del payload: variable desconocida {{%1}} en el byte %2 (conocidas: seq, rand:MIN:MAX, timestamp, timestamp_ms, timestamp_us, uuid)</translation>
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
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="122"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="124"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="126"/>
        <source>Crashed</source>
        <translation>Caído</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="128"/>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="130"/>
        <source>Stopping</source>
        <translation>Deteniéndose</translation>
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
        <translation>almacén de datos</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="149"/>
        <source>flow</source>
        <translation>flujo</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="151"/>
        <source>gateway</source>
        <translation>pasarela</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="222"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="224"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="226"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="228"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/processtablemodel.cpp" line="230"/>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
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
        <location filename="../core/projecttemplate.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="43"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="54"/>
        <source>%1 is not a project: it has no %2</source>
        <translation>%1 no es un proyecto: no tiene %2</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="57"/>
        <source>%1 already exists and is not empty</source>
        <translation>%1 ya existe y no está vacía</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="59"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/projecttemplate.cpp" line="71"/>
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
    <name>Stratus::RecordedEvent</name>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="37"/>
        <source>truncated: %1, not kept (flow records keep values up to 64 KiB)</source>
        <translation>truncado: %1, no se conserva (los registros de flujos conservan valores de hasta 64 KiB)</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="45"/>
        <source>truncated: %1, the record keeps the first 64 KiB; the rest is not kept</source>
        <translation>truncado: %1, el registro conserva los primeros 64 KiB; el resto no se conserva</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="47"/>
        <source>truncated: %1, kept in the datastore as %2 while its run lives (its TTL)</source>
        <translation>truncado: %1, se conserva en el datastore como %2 mientras vive su ejecución (su TTL)</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="113"/>
        <source>event e%1 on %2 is not a JSON record: %3</source>
        <translation>el evento e%1 en %2 no es un registro JSON: %3</translation>
    </message>
    <message>
        <location filename="../core/debug/recordedevent.cpp" line="115"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
</context>
<context>
    <name>Stratus::RegistryClient</name>
    <message>
        <location filename="../core/registryclient.cpp" line="29"/>
        <source>the registry is not running: nothing answers on %1</source>
        <translation>el registro no está en ejecución: nadie responde en %1</translation>
    </message>
    <message>
        <location filename="../core/registryclient.cpp" line="30"/>
        <source>registry: %1</source>
        <translation>registro: %1</translation>
    </message>
    <message>
        <location filename="../core/registryclient.cpp" line="53"/>
        <source>registry: a put reply without an entry</source>
        <translation>registro: una respuesta a put sin entrada</translation>
    </message>
    <message>
        <location filename="../core/registryclient.cpp" line="68"/>
        <source>registry: a get reply without an entry</source>
        <translation>registro: una respuesta a get sin entrada</translation>
    </message>
</context>
<context>
    <name>Stratus::RegistryEntry</name>
    <message>
        <location filename="../core/registryentry.cpp" line="30"/>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="42"/>
        <source>must be an integer from %1 to %2</source>
        <translation>debe ser un entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="52"/>
        <location filename="../core/registryentry.cpp" line="67"/>
        <source>unknown field (known fields: %1)</source>
        <translation>campo desconocido (campos conocidos: %1)</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="77"/>
        <location filename="../core/registryentry.cpp" line="125"/>
        <source>must be a non-empty NATS subject without wildcards or spaces</source>
        <translation>debe ser un subject NATS no vacío, sin comodines ni espacios</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="83"/>
        <location filename="../core/registryentry.cpp" line="120"/>
        <location filename="../core/registryentry.cpp" line="137"/>
        <location filename="../core/registryentry.cpp" line="164"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="105"/>
        <location filename="../core/registryentry.cpp" line="208"/>
        <location filename="../core/registryentry.cpp" line="225"/>
        <source>must be letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64), starting with a letter or digit</source>
        <translation>debe estar formado por letras, dígitos, &apos;-&apos; y &apos;_&apos; (como máximo 64) y empezar por una letra o un dígito</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="115"/>
        <source>must be an array of strings</source>
        <translation>debe ser un array de cadenas</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="132"/>
        <source>must be empty or a NATS subject without wildcards or spaces</source>
        <translation>debe estar vacío o ser un subject NATS sin comodines ni espacios</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="143"/>
        <source>must be &quot;cold&quot; or &quot;warm&quot;</source>
        <translation>debe ser &quot;cold&quot; o &quot;warm&quot;</translation>
    </message>
    <message>
        <location filename="../core/registryentry.cpp" line="159"/>
        <source>must be an object of strings</source>
        <translation>debe ser un objeto de cadenas</translation>
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
    <name>Stratus::ReleaseGit</name>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="85"/>
        <source>git authentication failed at %1: check the target&apos;s git user and password, token or key (%2)</source>
        <translation>autenticación git fallida en %1: comprueba el usuario y la contraseña, el token o la clave git del destino (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="92"/>
        <source>push rejected by %1: its deploy ref has moved on (someone else deployed): run `stratus releases TARGET` to fetch the remote&apos;s releases, then deploy again (%2)</source>
        <translation>push rechazado por %1: su ref de despliegue ha avanzado (otra persona ha desplegado): ejecuta `stratus releases TARGET` para obtener las versiones del remoto y vuelve a desplegar (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="100"/>
        <source>the git remote %1 does not exist or cannot be read (%2)</source>
        <translation>el remoto git %1 no existe o no se puede leer (%2)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="113"/>
        <location filename="../core/deploy/releasegit.cpp" line="387"/>
        <source>the git remote %1 is not a valid remote</source>
        <translation>el remoto git %1 no es un remoto válido</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="128"/>
        <source>fetch from %1 failed: %2</source>
        <translation>fetch desde %1 fallido: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="139"/>
        <source>%1 is not in a git repository: releases are git commits (run `git init` there, or create the project from the workbench)</source>
        <translation>%1 no está en un repositorio git: las versiones son commits de git (ejecuta `git init` allí, o crea el proyecto desde el workbench)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="146"/>
        <source>cannot open the git repository of %1</source>
        <translation>no se puede abrir el repositorio git de %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="151"/>
        <source>%1 is inside a bare git repository</source>
        <translation>%1 está dentro de un repositorio git bare</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="165"/>
        <source>cannot create an index</source>
        <translation>no se puede crear un índice</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="200"/>
        <location filename="../core/deploy/releasegit.cpp" line="206"/>
        <source>cannot store %1</source>
        <translation>no se puede guardar %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="213"/>
        <source>cannot add %1 to the snapshot</source>
        <translation>no se puede añadir %1 a la instantánea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="220"/>
        <source>cannot write the snapshot&apos;s tree</source>
        <translation>no se puede escribir el árbol de la instantánea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="244"/>
        <source>no such release: %1</source>
        <translation>no existe la versión: %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="296"/>
        <source>cannot read the snapshot&apos;s tree</source>
        <translation>no se puede leer el árbol de la instantánea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="325"/>
        <source>cannot commit the snapshot on %1</source>
        <translation>no se puede hacer commit de la instantánea en %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="330"/>
        <source>cannot read the snapshot&apos;s commit</source>
        <translation>no se puede leer el commit de la instantánea</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="336"/>
        <source>cannot tag release %1</source>
        <translation>no se puede etiquetar la versión %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="371"/>
        <source>cannot move %1 back</source>
        <translation>no se puede devolver %1 a su estado anterior</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="403"/>
        <source>push to %1 failed: %2</source>
        <translation>push a %1 fallido: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="406"/>
        <source>push rejected by %1: %2</source>
        <translation>push rechazado por %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="435"/>
        <source>cannot list the tags of %1</source>
        <translation>no se pueden listar las etiquetas de %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="486"/>
        <source>cannot read the project&apos;s snapshot</source>
        <translation>no se puede leer la instantánea del proyecto</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="493"/>
        <source>cannot diff release %1 with the project</source>
        <translation>no se puede comparar la versión %1 con el proyecto</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="499"/>
        <source>cannot format the diff</source>
        <translation>no se puede formatear el diff</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="514"/>
        <source>cannot create the release cache %1</source>
        <translation>no se puede crear la caché de versiones %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="525"/>
        <source>%1 has no %2 (was the release pushed?)</source>
        <translation>%1 no tiene %2 (¿se hizo push de la versión?)</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="531"/>
        <source>%1 on %2 names commit %3, not %4 as the deploy request says</source>
        <translation>%1 en %2 apunta al commit %3, no a %4 como dice la solicitud de despliegue</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="544"/>
        <source>cannot open the release cache %1</source>
        <translation>no se puede abrir la caché de versiones %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="552"/>
        <source>%1 exists already</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="555"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/releasegit.cpp" line="562"/>
        <source>cannot check %1 out into %2</source>
        <translation>no se puede extraer %1 en %2</translation>
    </message>
</context>
<context>
    <name>Stratus::SavedEvents</name>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="18"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="22"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="31"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/debug/savedevents.cpp" line="76"/>
        <source>cannot remove the stale %1</source>
        <translation>no se puede eliminar el antiguo %1</translation>
    </message>
</context>
<context>
    <name>Stratus::SavedEventsRunner</name>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="25"/>
        <source>%1 declares no function &quot;%2&quot;</source>
        <translation>%1 no declara ninguna función &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="31"/>
        <source>%1 has no saved events (no %2/*.json; save one with `stratus events save EVENT NAME` or &quot;Save as Test Event&quot; in the Debugger panel)</source>
        <translation>%1 no tiene eventos guardados (ningún %2/*.json; guarda uno con `stratus events save EVENTO NOMBRE` o &quot;Guardar como evento de prueba&quot; en el panel Depurador)</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="64"/>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="69"/>
        <source>updated: the output is now the expected one</source>
        <translation>actualizado: la salida es ahora la esperada</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="74"/>
        <source>passed (ran ok; no expected output saved to compare with)</source>
        <translation>superado (se ejecutó bien; no hay salida esperada guardada con la que comparar)</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="80"/>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <location filename="../core/debug/savedeventsrunner.cpp" line="81"/>
        <source>failed: the output differs from %1:
%2</source>
        <translation>fallido: la salida difiere de %1:
%2</translation>
    </message>
</context>
<context>
    <name>Stratus::SecretStore</name>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="106"/>
        <source>the keychain cannot read %1: %2</source>
        <translation>el llavero no puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="126"/>
        <source>the keychain cannot store %1: %2</source>
        <translation>el llavero no puede guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="154"/>
        <source>%1 is readable by other users (mode %2): run chmod 600 on it and consider changing the secrets it holds</source>
        <translation>%1 lo pueden leer otros usuarios (modo %2): ejecuta chmod 600 sobre él y plantéate cambiar los secretos que contiene</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="159"/>
        <location filename="../core/deploy/secretstore.cpp" line="170"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="184"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/deploy/secretstore.cpp" line="188"/>
        <location filename="../core/deploy/secretstore.cpp" line="191"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
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
        <location filename="../panels/stresspanel.cpp" line="126"/>
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
        <location filename="../panels/stresspanel.cpp" line="148"/>
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
        <location filename="../panels/stresspanel.cpp" line="89"/>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="93"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="99"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="100"/>
        <source>achieved</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="101"/>
        <source>completed</source>
        <translation>completadas</translation>
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
        <translation>errores</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="106"/>
        <source>late sends</source>
        <translation>envíos con retraso</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="107"/>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="108"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="109"/>
        <source>workers</source>
        <translation>workers</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="110"/>
        <source>cold starts</source>
        <translation>arranques en frío</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="126"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
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
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="146"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="147"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="159"/>
        <source>Load Stress Profile</source>
        <translation>Cargar perfil de estrés</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="160"/>
        <source>Stress profiles (*.json)</source>
        <translation>Perfiles de estrés (*.json)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="170"/>
        <source>Saved as %1.</source>
        <translation>Guardada como %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="211"/>
        <source>flow %1</source>
        <translation>flujo %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="236"/>
        <source>%1 is not a function or flow of the project.</source>
        <translation>%1 no es una función ni un flujo del proyecto.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="264"/>
        <source>The cluster is not running: start it in the Cluster panel first.</source>
        <translation>El clúster no está en marcha: inícialo primero en el panel Clúster.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="292"/>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="293"/>
        <source>Running %1 on %2.</source>
        <translation>Ejecutando %1 en %2.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="321"/>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="322"/>
        <source>%1 of %2 requests</source>
        <translation>%1 de %2 peticiones</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="323"/>
        <source>Sent %1, ok %2, errors %3, in flight %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</source>
        <translation>Enviadas %1, ok %2, errores %3, en curso %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="332"/>
        <source>Generator behind schedule: %1 requests late, max lag %2 ms.</source>
        <translation>Generador retrasado respecto al plan: %1 peticiones con retraso, retraso máximo %2 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="334"/>
        <source>Breaching: %1.</source>
        <translation>Umbrales superados: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="353"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="353"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="356"/>
        <source>The run could not start: %1</source>
        <translation>No se pudo iniciar la ejecución: %1</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="361"/>
        <source>%1 requests, %2 errors, %3 req/s, p95 %4 ms.</source>
        <translation>%1 peticiones, %2 errores, %3 req/s, p95 %4 ms.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="367"/>
        <source>Stopped: %1.</source>
        <translation>Detenida: %1.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="395"/>
        <source>requests by latency (ms)</source>
        <translation>peticiones por latencia (ms)</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="450"/>
        <source>Select exactly two runs to compare.</source>
        <translation>Selecciona exactamente dos ejecuciones para comparar.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="461"/>
        <location filename="../panels/stresspanel.cpp" line="468"/>
        <source>No run to export yet.</source>
        <translation>Aún no hay ninguna ejecución que exportar.</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="475"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../panels/stresspanel.cpp" line="475"/>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
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
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>Stratus::StressRecorder</name>
    <message>
        <location filename="../core/stress/stressrecorder.cpp" line="165"/>
        <source>threshold %1 breached for %2 s (observed %3 over the last %4 s)</source>
        <translation>umbral %1 superado durante %2 s (observado %3 en los últimos %4 s)</translation>
    </message>
</context>
<context>
    <name>Stratus::StressResult</name>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="65"/>
        <source>generator behind schedule: %1 requests late, max lag %2 ms, %3 sends held back by the in-flight/connection cap</source>
        <translation>generador retrasado respecto al plan: %1 peticiones con retraso, retraso máximo %2 ms, %3 envíos retenidos por el límite de peticiones en curso/conexiones</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="70"/>
        <source>generator behind schedule: %1 requests late, max lag %2 ms</source>
        <translation>generador retrasado respecto al plan: %1 peticiones con retraso, retraso máximo %2 ms</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="161"/>
        <source>not a stress result (format 1)</source>
        <translation>no es un resultado de prueba de carga (formato 1)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="218"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="221"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="222"/>
        <source>  Target:	%1</source>
        <translation>  Objetivo:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="223"/>
        <source>  Load:		%1</source>
        <translation>  Carga:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="224"/>
        <source>  Total:	%1 secs</source>
        <translation>  Total:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="225"/>
        <source>  Slowest:	%1 secs</source>
        <translation>  Más lenta:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="226"/>
        <source>  Fastest:	%1 secs</source>
        <translation>  Más rápida:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="227"/>
        <source>  Average:	%1 secs</source>
        <translation>  Media:	%1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="228"/>
        <source>  Requests/sec:	%1</source>
        <translation>  Peticiones/s:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="230"/>
        <source>  Sent:		%1 (ok %2, errors %3, cancelled %4)</source>
        <translation>  Enviadas:	%1 (ok %2, errores %3, canceladas %4)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="232"/>
        <source>  Total data:	%1 bytes</source>
        <translation>  Total datos:	%1 bytes</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="234"/>
        <source>  Stopped:	by the user after %1 s</source>
        <translation>  Detenido:	por el usuario tras %1 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="236"/>
        <source>  Stopped:	%1</source>
        <translation>  Detenido:	%1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="238"/>
        <source>Response time histogram:</source>
        <translation>Histograma de tiempos de respuesta:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="260"/>
        <source>Latency distribution:</source>
        <translation>Distribución de la latencia:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="262"/>
        <source>  %1% in %2 secs</source>
        <translation>  %1% en %2 s</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="265"/>
        <source>Errors by class:</source>
        <translation>Errores por clase:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="267"/>
        <source>  [%1]	%2 responses</source>
        <translation>  [%1]	%2 respuestas</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="275"/>
        <source>Generator: on schedule (%1 of %2 sends later than %3 ms; max lag %4 ms)</source>
        <translation>Generador: según el plan (%1 de %2 envíos con más de %3 ms de retraso; retraso máximo %4 ms)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="282"/>
        <source>Thresholds:</source>
        <translation>Umbrales:</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="287"/>
        <source>  %1	BREACHED (observed %2)</source>
        <translation>  %1	SUPERADO (observado %2)</translation>
    </message>
    <message>
        <location filename="../core/stress/stressresult.cpp" line="287"/>
        <source>  %1	ok (observed %2)</source>
        <translation>  %1	ok (observado %2)</translation>
    </message>
</context>
<context>
    <name>Stratus::StressRunStore</name>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="27"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="88"/>
        <source>no project folder to save the run in</source>
        <translation>no hay carpeta de proyecto en la que guardar la ejecución</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="90"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="141"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stress/stressrunstore.cpp" line="146"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
</context>
<context>
    <name>Stratus::Supervisor</name>
    <message>
        <location filename="../core/supervisor.cpp" line="297"/>
        <source>flow %1: %2</source>
        <translation>flujo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="309"/>
        <source>the manifest&apos;s flows cannot run:
%1</source>
        <translation>los flujos del manifiesto no se pueden ejecutar:
%1</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="317"/>
        <source>a cluster for %1 is already running (supervisor PID %2); stop it first with `stratus cluster down`</source>
        <translation>ya hay un clúster en ejecución para %1 (PID del supervisor %2); detenlo antes con `stratus cluster down`</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="323"/>
        <source>cannot create %1/%2</source>
        <translation>no se puede crear %1/%2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="348"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="356"/>
        <source>the cluster is already running; stop it first</source>
        <translation>el clúster ya está en ejecución; detenlo antes</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="380"/>
        <source>nats-server is not on PATH (install the nats-server package)</source>
        <translation>nats-server no está en el PATH (instala el paquete nats-server)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="382"/>
        <source>the broker %1 is not an executable file</source>
        <translation>el broker %1 no es un archivo ejecutable</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="394"/>
        <source>%1 is not an executable file (build the %2 target, or set the supervisor&apos;s binDir)</source>
        <translation>%1 no es un archivo ejecutable (compila el target %2, o establece el binDir del supervisor)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="608"/>
        <source>the registry did not take the manifest %1: %2
(registry log: %3)</source>
        <translation>el registro no aceptó el manifiesto %1: %2
(log del registro: %3)</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="623"/>
        <source>%1 before it was ready</source>
        <extracomment>%1: what happened to the process (&quot;exited with code 1&quot;)</extracomment>
        <translation>%1 antes de estar listo</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="665"/>
        <source>was not ready within %1 ms</source>
        <translation>no estaba listo en %1 ms</translation>
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
        <translation>%1; su última salida:
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
        <translation>no se puede escalar %1: el clúster no está en ejecución</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="779"/>
        <source>cannot scale %1: the manifest declares no such function</source>
        <translation>no se puede escalar %1: el manifiesto no declara esa función</translation>
    </message>
    <message>
        <location filename="../core/supervisor.cpp" line="782"/>
        <source>cannot scale %1 to %2 replicas: from 0 to %3</source>
        <translation>no se puede escalar %1 a %2 réplicas: de 0 a %3</translation>
    </message>
</context>
<context>
    <name>Stratus::Thresholds</name>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="19"/>
        <source>threshold &quot;%1&quot;: write METRIC&lt;LIMIT, e.g. p95&lt;20ms, p99&lt;=0.5s, mean&lt;5ms, max&lt;1s, errors&lt;1%</source>
        <translation>umbral &quot;%1&quot;: escribe MÉTRICA&lt;LÍMITE, p. ej. p95&lt;20ms, p99&lt;=0.5s, mean&lt;5ms, max&lt;1s, errors&lt;1%</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="32"/>
        <source>threshold &quot;%1&quot;: errors take a percentage, e.g. errors&lt;1%</source>
        <translation>umbral &quot;%1&quot;: errors admite un porcentaje, p. ej. errors&lt;1%</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="39"/>
        <source>threshold &quot;%1&quot;: a latency takes us, ms or s</source>
        <translation>umbral &quot;%1&quot;: una latencia admite us, ms o s</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="48"/>
        <source>threshold &quot;%1&quot;: the percentile must be in (0, 100]</source>
        <translation>umbral &quot;%1&quot;: el percentil debe estar en (0, 100]</translation>
    </message>
    <message>
        <location filename="../core/stress/thresholds.cpp" line="69"/>
        <source>thresholds: each must be a string like &quot;p95&lt;20ms&quot;</source>
        <translation>umbrales: cada uno debe ser una cadena como &quot;p95&lt;20ms&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench/main.cpp" line="54"/>
        <source>A workbench for serverless functions on NATS.</source>
        <translation>Un banco de trabajo para funciones serverless sobre NATS.</translation>
    </message>
    <message>
        <location filename="../app/workbench/main.cpp" line="59"/>
        <source>The project to open (default: the bundled example).</source>
        <translation>El proyecto que abrir (por defecto: el ejemplo incluido).</translation>
    </message>
</context>
</TS>
