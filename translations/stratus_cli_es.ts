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
    <name>StatusReport</name>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="32"/>
        <source>Cluster &quot;%1&quot; %2 (supervisor PID %3)</source>
        <translation>Clúster &quot;%1&quot; %2 (PID del supervisor %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="35"/>
        <source>Broker: %1  (monitoring: %2)</source>
        <translation>Broker: %1  (monitorización: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="38"/>
        <source>Gateway: %1</source>
        <translation>Pasarela: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="41"/>
        <source>Placement: spread over the CPUs (--placement spread)</source>
        <translation>Ubicación: repartido entre las CPU (--placement spread)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="43"/>
        <source>Placement: packed onto CPU %1 while the cluster&apos;s load fits on it (adaptive)</source>
        <translation>Ubicación: agrupado en la CPU %1 mientras la carga del clúster quepa en ella (adaptive)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="46"/>
        <source>Placement: spread over the CPUs; packed onto one while the cluster&apos;s load fits on it (adaptive)</source>
        <translation>Ubicación: repartido entre las CPU; agrupado en una mientras la carga del clúster quepa en ella (adaptive)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>PROCESS</source>
        <translation>PROCESO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="50"/>
        <source>RESTARTS</source>
        <translation>REINICIOS</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>FUNCTION</source>
        <translation>FUNCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>TRIGGER</source>
        <translation>TRIGGER</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="61"/>
        <source>REPLICAS</source>
        <translation>RÉPLICAS</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="70"/>
        <source>No functions.</source>
        <translation>Ninguna función.</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="74"/>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="74"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="74"/>
        <source>TOPIC</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="89"/>
        <source>No cluster is running for %1 (start one with `stratus cluster up`).</source>
        <translation>No hay ningún clúster en ejecución para %1 (inícialo con `stratus cluster up`).</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="91"/>
        <source>No cluster is running for %1: the last start failed: %2</source>
        <translation>No hay ningún clúster en ejecución para %1: el último arranque falló: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="93"/>
        <source>No cluster is running for %1 (the last one was stopped).</source>
        <translation>No hay ningún clúster en ejecución para %1 (el último se detuvo).</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="94"/>
        <source>No cluster is running for %1: its supervisor (PID %2) is gone; the status file %3 is stale.</source>
        <translation>No hay ningún clúster en ejecución para %1: su supervisor (PID %2) ya no existe; el archivo de estado %3 está obsoleto.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="84"/>
        <source>Usage: stratus &lt;command&gt; [options]</source>
        <translation>Uso: stratus &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="85"/>
        <source>Usage: stratus %1 &lt;command&gt; [options]</source>
        <translation>Uso: stratus %1 &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="86"/>
        <source>Stratus Workbench: run and invoke a project&apos;s functions on a local cluster.</source>
        <translation>Stratus Workbench: ejecuta e invoca las funciones de un proyecto en un clúster local.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="87"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>Run `stratus &lt;command&gt; --help` for a command&apos;s options.</source>
        <translation>Ejecuta `stratus &lt;orden&gt; --help` para ver las opciones de una orden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="95"/>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 no cluster running or broker
unreachable, 4 the function failed, 5 no reply in time, 6 a stress threshold was breached.</source>
        <translation>Códigos de salida: 0 éxito, 1 fallo, 2 error de uso, 3 ningún clúster en ejecución o broker
inaccesible, 4 la función falló, 5 ninguna respuesta a tiempo, 6 se superó un umbral de estrés.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="128"/>
        <source>stratus: unknown command &apos;%1&apos; (see stratus%2 --help)</source>
        <translation>stratus: orden desconocida &apos;%1&apos; (consulta stratus%2 --help)</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ClusterDownCommand</name>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="35"/>
        <source>Stop the project&apos;s running cluster (foreground or detached).</source>
        <translation>Detiene el clúster en ejecución del proyecto (en primer plano o desacoplado).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="41"/>
        <source>Sends SIGTERM to the supervisor named in PROJECT/.stratus/cluster.json, which stops the
invokers (letting in-flight work finish), then the broker. Waits until the supervisor and
every process it listed are gone. Succeeds when no cluster is running.</source>
        <translation>Envía SIGTERM al supervisor indicado en PROJECT/.stratus/cluster.json, que detiene los
invokers (dejando terminar el trabajo en curso) y después el broker. Espera a que el supervisor
y todos los procesos que listaba desaparezcan. Tiene éxito cuando no hay ningún clúster en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="53"/>
        <source>--timeout must be a number of milliseconds, not &apos;%1&apos;</source>
        <translation>--timeout debe ser un número de milisegundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="70"/>
        <source>the cluster did not stop within %1 ms; killing its supervisor (PID %2)</source>
        <translation>el clúster no se detuvo en %1 ms; se mata a su supervisor (PID %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.cpp" line="75"/>
        <source>still running: PIDs %1</source>
        <translation>todavía en ejecución: PID %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clusterdowncommand.cpp" line="79"/>
        <source>Cluster stopped (supervisor PID %1 and %n process(es)).</source>
        <translation>
            <numerusform>Clúster detenido (PID del supervisor %1 y %n proceso).</numerusform>
            <numerusform>Clúster detenido (PID del supervisor %1 y %n procesos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clusterdowncommand.h" line="23"/>
        <source>How long to wait for a clean stop before killing the supervisor (SIGKILL; its children die with it).</source>
        <translation>Cuánto esperar una detención limpia antes de matar al supervisor (SIGKILL; sus hijos mueren con él).</translation>
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
        <translation>Muestra procesos, funciones y URL del broker del clúster en ejecución del proyecto.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterstatuscommand.cpp" line="17"/>
        <source>Shows every process of the project&apos;s local cluster (role, state, PID, restarts), every
function (trigger, mode, replicas) and the broker URL. Exits with %1 when no cluster is
running (also when the status file is stale because its supervisor is gone).</source>
        <translation>Muestra cada proceso del clúster local del proyecto (rol, estado, PID, reinicios), cada
función (trigger, modo, réplicas) y la URL del broker. Sale con %1 cuando no hay ningún clúster
en ejecución (también cuando el archivo de estado está obsoleto porque su supervisor ya no existe).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterstatuscommand.h" line="22"/>
        <source>Print cluster.json, plus &quot;running&quot;: true/false.</source>
        <translation>Imprime cluster.json, más &quot;running&quot;: true/false.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ClusterUpCommand</name>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="35"/>
        <source>Start the project&apos;s local cluster (broker, registry, datastore, invokers).</source>
        <translation>Inicia el clúster local del proyecto (broker, registro, almacén de datos, invokers).</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="41"/>
        <source>Starts the project&apos;s local cluster: nats-server on 127.0.0.1, then the registry and the
datastore; once the registry holds the manifest&apos;s functions and services, every invoker
replica the manifest asks for. Each starts once the processes it depends on are ready. Crashed processes
are restarted with backoff. In the foreground (the default) it runs until Ctrl-C or SIGTERM,
then stops everything (a second Ctrl-C kills at once). State: PROJECT/.stratus/.
Exits with %1 when the cluster cannot start.</source>
        <translation>Inicia el clúster local del proyecto: nats-server en 127.0.0.1, después el registro y el
almacén de datos; cuando el registro contiene las funciones y los servicios del manifiesto, cada
réplica de invoker que pide el manifiesto. Cada uno arranca cuando los procesos de los que depende
están listos. Los procesos caídos se reinician con backoff. En primer plano (predeterminado) sigue
hasta Ctrl-C o SIGTERM y luego lo detiene todo (un segundo Ctrl-C mata al instante). Estado: PROJECT/.stratus/.
Sale con %1 cuando el clúster no puede arrancar.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="65"/>
        <source>a cluster for %1 is already running (supervisor PID %2); see `stratus cluster status`</source>
        <translation>ya hay un clúster en ejecución para %1 (PID del supervisor %2); consulta `stratus cluster status`</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="73"/>
        <source>--ready-timeout must be a positive number of milliseconds</source>
        <translation>--ready-timeout debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="79"/>
        <source>--placement must be &apos;adaptive&apos; or &apos;spread&apos;, not &apos;%1&apos;</source>
        <translation>--placement debe ser &apos;adaptive&apos; o &apos;spread&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="90"/>
        <source>ready    %1 (PID %2)</source>
        <translation>listo    %1 (PID %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="93"/>
        <source>crashed  %1: %2</source>
        <translation>caído    %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="96"/>
        <source>restart  %1 (restart #%2)</source>
        <translation>reinicio %1 (reinicio n.º %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="117"/>
        <source>Cluster &quot;%1&quot; is up. Broker: %2  (monitoring: %3)</source>
        <translation>El clúster &quot;%1&quot; está en marcha. Broker: %2  (monitorización: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="119"/>
        <source>Press Ctrl-C to stop it.</source>
        <translation>Pulsa Ctrl-C para detenerlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="122"/>
        <location filename="../app/cli/clusterupcommand.cpp" line="189"/>
        <source>the cluster could not start: %1</source>
        <translation>el clúster no pudo arrancar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="126"/>
        <source>Cluster stopped.</source>
        <translation>Clúster detenido.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="131"/>
        <source>Stopping now.</source>
        <translation>Deteniendo ya.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="136"/>
        <source>Stopping the cluster (again to force)...</source>
        <translation>Deteniendo el clúster (otra vez para forzar)...</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="148"/>
        <source>cannot create %1/logs</source>
        <translation>no se puede crear %1/logs</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="163"/>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="177"/>
        <source>the cluster is not up after %1 ms; it keeps trying in the background (supervisor PID %2, log: %3)</source>
        <translation>el clúster no está en marcha tras %1 ms; sigue intentándolo en segundo plano (PID del supervisor %2, log: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.cpp" line="192"/>
        <source>the supervisor (PID %1) exited; the end of %2:
%3</source>
        <translation>el supervisor (PID %1) terminó; el final de %2:
%3</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="35"/>
        <source>Run the cluster in the background (its output goes to .stratus/logs/supervisor.log); return once it is up.</source>
        <translation>Ejecuta el clúster en segundo plano (su salida va a .stratus/logs/supervisor.log); vuelve cuando está en marcha.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="38"/>
        <source>How long each process may take to become ready.</source>
        <translation>Cuánto puede tardar cada proceso en estar listo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="38"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/clusterupcommand.h" line="42"/>
        <source>Where the cluster&apos;s processes run: &apos;adaptive&apos; packs them onto one CPU while their load fits on it and spreads them over all CPUs when it is saturated; &apos;spread&apos; leaves them to the scheduler.</source>
        <translation>Dónde se ejecutan los procesos del clúster: &apos;adaptive&apos; los agrupa en una CPU mientras su carga quepa en ella y los reparte entre todas las CPU cuando está saturada; &apos;spread&apos; los deja al planificador.</translation>
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
        <translation>(consulta stratus %1 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="31"/>
        <source>missing argument &lt;%1&gt; %2</source>
        <translation>falta el argumento &lt;%1&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="36"/>
        <source>unexpected argument &apos;%1&apos; %2</source>
        <translation>argumento inesperado &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="44"/>
        <source>Exit codes: %1 ok, %2 failure%3, %4 usage, %5 no cluster running.</source>
        <translation>Códigos de salida: %1 ok, %2 fallo%3, %4 uso, %5 ningún clúster en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="60"/>
        <source>Usage: stratus %1</source>
        <translation>Uso: stratus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command.h" line="63"/>
        <source>The project folder (default: the nearest folder from here upwards holding a stratus.json).</source>
        <translation>La carpeta del proyecto (predeterminada: la más cercana de aquí hacia arriba que contenga un stratus.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/command.h" line="64"/>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DataGetCommand</name>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="11"/>
        <source>Print an object of a datastore run.</source>
        <translation>Imprime un objeto de una ejecución del almacén de datos.</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="17"/>
        <source>Writes the object KEY of run RUN in the running cluster&apos;s datastore to stdout, as is
(no newline added; values of any size). The object is not consumed.
</source>
        <translation>Escribe en stdout el objeto KEY de la ejecución RUN en el almacén de datos del clúster en ejecución, tal cual
(sin añadir un salto de línea; valores de cualquier tamaño). El objeto no se consume.
</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="19"/>
        <source>no such object: the message says so</source>
        <translation>no existe el objeto: lo dice el mensaje</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="20"/>
        <source>The run id.</source>
        <translation>El id de la ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="21"/>
        <source>The object&apos;s name.</source>
        <translation>El nombre del objeto.</translation>
    </message>
    <message>
        <location filename="../app/cli/datagetcommand.cpp" line="37"/>
        <source>run %1 has no object &quot;%2&quot; (see stratus data ls %1)</source>
        <translation>la ejecución %1 no tiene ningún objeto &quot;%2&quot; (consulta stratus data ls %1)</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DataLsCommand</name>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="12"/>
        <source>List the datastore&apos;s runs, or the objects of one run.</source>
        <translation>Lista las ejecuciones del almacén de datos, o los objetos de una ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="18"/>
        <source>Without RUN, lists the live runs of the running cluster&apos;s datastore (registered, TTL
not passed) with the time they have left; with RUN, the run&apos;s objects (name, size in
bytes, persisted or not).
</source>
        <translation>Sin RUN, lista las ejecuciones vivas del almacén de datos del clúster en ejecución (registradas, TTL
no vencido) con el tiempo que les queda; con RUN, los objetos de la ejecución (nombre, tamaño en
bytes, persistido o no).
</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="22"/>
        <source>A run id (default: list the runs).</source>
        <translation>Un id de ejecución (predeterminado: lista las ejecuciones).</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="40"/>
        <source>RUN</source>
        <translation>EJECUCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="40"/>
        <source>TTL MS</source>
        <translation>TTL MS</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="40"/>
        <source>EXPIRES IN MS</source>
        <translation>VENCE EN MS</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="48"/>
        <source>OBJECT</source>
        <translation>OBJETO</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="48"/>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="48"/>
        <source>PERSIST</source>
        <translation>PERSISTENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="50"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="50"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="53"/>
        <source>No runs.</source>
        <translation>Ninguna ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/datalscommand.cpp" line="53"/>
        <source>No objects in run %1.</source>
        <translation>Ningún objeto en la ejecución %1.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DeployCommand</name>
    <message>
        <location filename="../app/cli/deploycommand.cpp" line="7"/>
        <source>Deploy the project to a remote cluster (a git release, rolled out by its agents).</source>
        <translation>Despliega el proyecto en un clúster remoto (una versión git, implantada por sus agentes).</translation>
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
        <translation>Despliega el proyecto en TARGET (docs/deploy.md): valida el manifiesto y los flujos, hace commit de
una instantánea de la carpeta del proyecto en refs/stratus/deploy/TARGET sin tocar tu rama,
la etiqueta como stratus/TARGET/RELEASE, envía ambos al remoto git del destino y pide al
stratus-agent de cada nodo que descargue, valide, registre e inicie la versión y luego drene la anterior.
El progreso se imprime por nodo. Un nodo que falla se queda en su versión anterior.
Los secretos vienen del llavero o del archivo de secretos (configúralos en el panel Deploy del workbench),
o de STRATUS_DEPLOY_SECRET y STRATUS_DEPLOY_GIT_SECRET.
</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.cpp" line="20"/>
        <source>invalid project, push rejected, or a node failed</source>
        <translation>proyecto no válido, push rechazado, o un nodo falló</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.h" line="22"/>
        <source>What this release changes (the tag&apos;s message).</source>
        <translation>Qué cambia esta versión (el mensaje de la etiqueta).</translation>
    </message>
    <message>
        <location filename="../app/cli/deploycommand.h" line="23"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::DeployTargetCommand</name>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="9"/>
        <source>A target of the project&apos;s deploy.json.</source>
        <translation>Un destino del deploy.json del proyecto.</translation>
    </message>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="37"/>
        <source>Exit codes: %1 ok, %2 failure (%3), %4 usage,
%5 the target cannot be reached (unreachable, credentials refused, or no agent answers).</source>
        <translation>Códigos de salida: %1 ok, %2 fallo (%3), %4 uso,
%5 no se puede alcanzar el destino (inaccesible, credenciales rechazadas o ningún agente responde).</translation>
    </message>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="48"/>
        <source>local</source>
        <translation>local</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsLsCommand</name>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="15"/>
        <source>List recorded invocations and flow runs, newest first.</source>
        <translation>Lista las invocaciones y ejecuciones de flujo grabadas, las más recientes primero.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="21"/>
        <source>Lists what the running cluster recorded (the JetStream stream STRATUS_EVENTS): each
function invocation and flow run with its event id (e42), time, status and duration.
The event id is what `stratus events show`, `events save` and `replay` take.
</source>
        <translation>Lista lo que grabó el clúster en ejecución (el stream JetStream STRATUS_EVENTS): cada
invocación de función y ejecución de flujo con su id de evento (e42), hora, estado y duración.
El id de evento es lo que aceptan `stratus events show`, `events save` y `replay`.
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="39"/>
        <source>--limit must be a positive number</source>
        <translation>--limit debe ser un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="43"/>
        <source>--before takes an event id like e42</source>
        <translation>--before acepta un id de evento como e42</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="63"/>
        <source>No events (recording is paused: `stratus events resume`).</source>
        <translation>Ningún evento (la grabación está en pausa: `stratus events resume`).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="64"/>
        <source>No events.</source>
        <translation>Ningún evento.</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.cpp" line="68"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="21"/>
        <source>Only this function&apos;s invocations.</source>
        <translation>Solo las invocaciones de esta función.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="22"/>
        <location filename="../app/cli/eventslscommand.h" line="23"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="23"/>
        <source>Only this flow&apos;s runs.</source>
        <translation>Solo las ejecuciones de este flujo.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="25"/>
        <source>Only events with this status (ok, function-error, ...).</source>
        <translation>Solo los eventos con este estado (ok, function-error, ...).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="26"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="28"/>
        <source>Only events whose record contains this text.</source>
        <translation>Solo los eventos cuyo registro contiene este texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="28"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="29"/>
        <source>At most this many (default 50).</source>
        <translation>Como máximo este número (predeterminado 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="29"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="32"/>
        <source>Only events older than this one (paging).</source>
        <translation>Solo los eventos anteriores a este (paginación).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="32"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../app/cli/eventslscommand.h" line="34"/>
        <source>One JSON record per line, with its event id.</source>
        <translation>Un registro JSON por línea, con su id de evento.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsRecordingCommand</name>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="27"/>
        <source>Stop recording events until `events resume`.</source>
        <translation>Deja de grabar eventos hasta `events resume`.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="29"/>
        <source>Record events again.</source>
        <translation>Vuelve a grabar eventos.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="31"/>
        <source>Drop every recorded event.</source>
        <translation>Descarta todos los eventos grabados.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="35"/>
        <source>Whether events are recorded, how many, and the limits.</source>
        <translation>Si se graban eventos, cuántos hay y los límites.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="42"/>
        <source>The recorder is the JetStream stream STRATUS_EVENTS of the running cluster;
paused stays paused across cluster restarts (docs/debugger.md).
</source>
        <translation>El grabador es el stream JetStream STRATUS_EVENTS del clúster en ejecución;
en pausa sigue en pausa aunque el clúster se reinicie (docs/debugger.md).
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="68"/>
        <source>limits: %1, %2, %3</source>
        <translation>límites: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="70"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="71"/>
        <source>no age limit</source>
        <translation>sin límite de antigüedad</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="72"/>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="73"/>
        <source>no count limit</source>
        <translation>sin límite de cantidad</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="74"/>
        <source>recording %1: %2 events, %3 (%4)</source>
        <translation>grabación %1: %2 eventos, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="75"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsrecordingcommand.cpp" line="75"/>
        <source>on</source>
        <translation>activa</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsSaveCommand</name>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="10"/>
        <source>Save a recorded function event as a named test event of the project.</source>
        <translation>Guarda un evento de función grabado como evento de prueba del proyecto, con un nombre.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="16"/>
        <source>Writes the event&apos;s input to events/FUNCTION/NAME.json in the project and, when the
invocation answered ok, its output to events/FUNCTION/NAME.expected.json, which
`stratus test FUNCTION` compares with. An existing event of that name is replaced.
</source>
        <translation>Escribe la entrada del evento en events/FUNCTION/NAME.json en el proyecto y, cuando la
invocación respondió ok, su salida en events/FUNCTION/NAME.expected.json, con la que
compara `stratus test FUNCTION`. Un evento existente con ese nombre se sustituye.
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="19"/>
        <source>no such event, a flow run, or an input that was not kept whole</source>
        <translation>no existe el evento, es una ejecución de flujo, o una entrada que no se conservó entera</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="20"/>
        <source>e42, or a request id.</source>
        <translation>e42, o un id de petición.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="22"/>
        <source>The test event&apos;s name (letters, digits, - _ .).</source>
        <translation>El nombre del evento de prueba (letras, dígitos, - _ .).</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="37"/>
        <source>%1 is a run of flow %2: test events belong to functions</source>
        <translation>%1 es una ejecución del flujo %2: los eventos de prueba pertenecen a las funciones</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="49"/>
        <source>saved %1 and %2</source>
        <translation>guardados %1 y %2</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.cpp" line="50"/>
        <source>saved %1 (no expected output)</source>
        <translation>guardado %1 (sin salida esperada)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventssavecommand.h" line="25"/>
        <source>Save the input only, without the recorded output as the expected one.</source>
        <translation>Guarda solo la entrada, sin la salida grabada como la esperada.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::EventsShowCommand</name>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="14"/>
        <source>Show one recorded event: input, output, stderr, timings.</source>
        <translation>Muestra un evento grabado: entrada, salida, stderr, tiempos.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="20"/>
        <source>Shows a recorded event: an event id (e42), a function&apos;s request id or a flow&apos;s run id.
Inputs and outputs cut because they were large say so, and where the whole is kept.
</source>
        <translation>Muestra un evento grabado: un id de evento (e42), de petición (función) o de ejecución (flujo).
Las entradas y salidas recortadas por grandes lo indican, y dicen dónde se conserva el total.
</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="22"/>
        <source>no such event: the message says so</source>
        <translation>no existe el evento: lo dice el mensaje</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="23"/>
        <source>e42, a request id or a run id.</source>
        <translation>e42, un id de petición o un id de ejecución.</translation>
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
        <translation>hora:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="39"/>
        <source>status:   %1</source>
        <translation>estado:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="40"/>
        <source>duration: %1</source>
        <translation>duración: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="43"/>
        <source>exit:     %1</source>
        <translation>código:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="45"/>
        <source>error:    %1</source>
        <translation>error:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="52"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="53"/>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.cpp" line="55"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../app/cli/eventsshowcommand.h" line="22"/>
        <source>The record as JSON.</source>
        <translation>El registro como JSON.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::FlowRunCommand</name>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="28"/>
        <source>Run a flow of the running cluster and print its result.</source>
        <translation>Ejecuta un flujo del clúster en ejecución e imprime su resultado.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="34"/>
        <source>Sends the input as a NATS request on the flow&apos;s trigger subject (from the manifest) and
prints the end node&apos;s output on stdout. A failed run prints &quot;error: STATUS: MESSAGE&quot;
naming the node that failed. With --trace, the run&apos;s spans follow on stderr: every node
with its start and duration (docs/flows.md, &quot;Traces&quot;).
Without --data or --file the input is {}.
</source>
        <translation>Envía la entrada como petición NATS al asunto de trigger del flujo (del manifiesto) e
imprime en stdout la salida del nodo final. Una ejecución fallida imprime &quot;error: STATUS: MESSAGE&quot;
indicando el nodo que falló. Con --trace, los spans de la ejecución siguen en stderr: cada
nodo con su inicio y su duración (docs/flows.md, &quot;Traces&quot;).
Sin --data ni --file la entrada es {}.
</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="39"/>
        <source>the run failed</source>
        <translation>la ejecución falló</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="40"/>
        <source>The flow&apos;s name in the manifest.</source>
        <translation>El nombre del flujo en el manifiesto.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="52"/>
        <source>%1 declares no flow &quot;%2&quot; (flows: %3)</source>
        <translation>%1 no declara ningún flujo &quot;%2&quot; (flujos: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="54"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="71"/>
        <source>cannot subscribe to %1: %2</source>
        <translation>no se puede suscribir a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.cpp" line="99"/>
        <source>no trace of run %1 arrived within %2 ms</source>
        <translation>no llegó ninguna traza de la ejecución %1 en %2 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/flowruncommand.h" line="29"/>
        <source>Also print the run&apos;s node timings (on stderr) once it ends.</source>
        <translation>Imprime también los tiempos de los nodos de la ejecución (en stderr) cuando termina.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::FlowTraceCommand</name>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="28"/>
        <source>Show a flow run&apos;s node timings, data, or export its spans (OTLP).</source>
        <translation>Muestra tiempos de nodos y datos de una ejecución de flujo, o exporta sus spans (OTLP).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="34"/>
        <source>Reads the record a flow run left in the datastore (object &quot;%1&quot; of run RUN; kept for
the flow&apos;s ttlMs) and prints its spans as a table. --json prints the whole record
(every node&apos;s input and output); --otlp and --otlp-endpoint export the spans as
OTLP/JSON, which an OpenTelemetry collector and Jaeger (1.35 and later) read.
</source>
        <translation>Lee el registro que una ejecución de flujo dejó en el almacén de datos (objeto &quot;%1&quot; de la ejecución RUN;
conservado durante el ttlMs del flujo) e imprime sus spans como tabla. --json imprime el registro entero
(la entrada y la salida de cada nodo); --otlp y --otlp-endpoint exportan los spans como
OTLP/JSON, que leen un colector de OpenTelemetry y Jaeger (1.35 y posteriores).
</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="39"/>
        <source>no such run, or its record expired: the message says so</source>
        <translation>no existe la ejecución, o su registro venció: lo dice el mensaje</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="40"/>
        <source>The run id (the reply&apos;s Stratus-Run header).</source>
        <translation>El id de la ejecución (la cabecera Stratus-Run de la respuesta).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="55"/>
        <source>run %1 left no record (is it a flow run, and younger than its flow&apos;s ttlMs?)</source>
        <translation>la ejecución %1 no dejó ningún registro (¿es una ejecución de flujo, y más reciente que el ttlMs de su flujo?)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="86"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="98"/>
        <source>the collector at %1 did not take the spans: %2</source>
        <translation>el colector en %1 no aceptó los spans: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.cpp" line="100"/>
        <source>exported to %1 (HTTP %2)</source>
        <translation>exportado a %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="26"/>
        <source>Print the whole run record: every node&apos;s input, output and span.</source>
        <translation>Imprime el registro entero de la ejecución: la entrada, la salida y el span de cada nodo.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="28"/>
        <source>Write the spans as OTLP/JSON to this file (&apos;-&apos; for stdout).</source>
        <translation>Escribe los spans como OTLP/JSON en este archivo (&apos;-&apos; para stdout).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="29"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/flowtracecommand.h" line="32"/>
        <source>POST the spans as OTLP/JSON to this collector URL (e.g. http://127.0.0.1:4318/v1/traces).</source>
        <translation>Envía con POST los spans como OTLP/JSON a esta URL de colector (p. ej. http://127.0.0.1:4318/v1/traces).</translation>
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
        <translation>Comprueba un archivo de flujo: su sintaxis, su grafo y sus funciones.</translation>
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
        <translation>Analiza FILE (un flujo, docs/flows.md) y comprueba su grafo: ids, aristas, ciclos, alcanzabilidad,
elecciones, joins, maps, expresiones, tiempos límite y reintentos. Los nodos de función deben nombrar
funciones del manifiesto del proyecto (el proyecto de --project, si no el stratus.json más cercano
sobre FILE o la carpeta actual; sin ninguno, los nombres no se comprueban). Cada problema va a stderr como
FILE: node ID: message, FILE: edge FROM -&gt; TO: message o FILE:LINE: key: message.
Con --format, un FILE válido también se reescribe en la forma canónica (orden estable, un nodo
o arista por línea), para que los diffs y merges de flujos sigan siendo legibles.
Códigos de salida: %1 válido (se admiten advertencias), %2 no válido o no legible, %3 uso.</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="65"/>
        <source>The flow file (NAME.flow.json).</source>
        <translation>El archivo del flujo (NAME.flow.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="84"/>
        <source>%1: note: no project found (%2), function names not checked</source>
        <translation>%1: nota: no se encontró ningún proyecto (%2), nombres de funciones sin comprobar</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="87"/>
        <source>%1: note: function names not checked, the manifest is not valid:
%2</source>
        <translation>%1: nota: nombres de funciones sin comprobar, el manifiesto no es válido:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="106"/>
        <source>%1 error</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="106"/>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="107"/>
        <source>%1 warning</source>
        <translation>%1 advertencia</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="107"/>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="116"/>
        <source>%1 node</source>
        <translation>%1 nodo</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="116"/>
        <source>%1 nodes</source>
        <translation>%1 nodos</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="117"/>
        <source>%1 edge</source>
        <translation>%1 arista</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="117"/>
        <source>%1 edges</source>
        <translation>%1 aristas</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.cpp" line="115"/>
        <source>%1: valid (%2, %3)</source>
        <translation>%1: válido (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/flowvalidatecommand.h" line="23"/>
        <source>Rewrite the file in canonical form when it is valid.</source>
        <translation>Reescribe el archivo en forma canónica cuando es válido.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::InvokeCommand</name>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="22"/>
        <source>Invoke a function of the running cluster and print its result.</source>
        <translation>Invoca una función del clúster en ejecución e imprime su resultado.</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="28"/>
        <source>Sends the event as a NATS request on the function&apos;s trigger subject (from the manifest)
and prints the reply body on stdout when its Stratus-Status is ok. Otherwise prints
&quot;error: STATUS: MESSAGE&quot; on stderr.
Without --data or --file the event is {} (stdin is read only with --file -, so scripts
and CI without a stdin never hang).
</source>
        <translation>Envía el evento como petición NATS al asunto de trigger de la función (del manifiesto)
e imprime en stdout el cuerpo de la respuesta cuando su Stratus-Status es ok. Si no, imprime
&quot;error: STATUS: MESSAGE&quot; en stderr.
Sin --data ni --file el evento es {} (stdin solo se lee con --file -, así los scripts
y la CI sin stdin nunca se quedan colgados).
</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="33"/>
        <source>the function failed (any status but ok)</source>
        <translation>la función falló (cualquier estado salvo ok)</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="34"/>
        <source>The function&apos;s name in the manifest.</source>
        <translation>El nombre de la función en el manifiesto.</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="40"/>
        <source>Exit codes: %1 ok, %2 other failure, %3 usage, %4 no cluster/broker, %5 %6,
%7 no reply (timeout, or nothing subscribed).</source>
        <translation>Códigos de salida: %1 ok, %2 otro fallo, %3 uso, %4 ningún clúster/broker, %5 %6,
%7 ninguna respuesta (tiempo límite, o nadie suscrito).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="63"/>
        <source>%1 declares no function &quot;%2&quot; (functions: %3)</source>
        <translation>%1 no declara ninguna función &quot;%2&quot; (funciones: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="80"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="97"/>
        <source>--data and --file exclude each other</source>
        <translation>--data y --file se excluyen mutuamente</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="105"/>
        <source>--timeout must be a positive number of milliseconds</source>
        <translation>--timeout debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.cpp" line="159"/>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="42"/>
        <source>The event, as text.</source>
        <translation>El evento, como texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="42"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="43"/>
        <source>Read the event from a file (&apos;-&apos; for stdin).</source>
        <translation>Lee el evento de un archivo (&apos;-&apos; para stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="44"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="47"/>
        <source>How long to wait for the reply (default: the function&apos;s timeoutMs + 2000).</source>
        <translation>Cuánto esperar la respuesta (predeterminado: el timeoutMs de la función + 2000).</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="47"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/invokecommand.h" line="49"/>
        <source>Broker URL (default: $STRATUS_NATS_URL, else the running cluster&apos;s, from .stratus/cluster.json).</source>
        <translation>URL del broker (predeterminada: $STRATUS_NATS_URL, si no la del clúster en ejecución, de .stratus/cluster.json).</translation>
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
        <translation>Imprime los logs de los invokers de una función (--follow para seguir imprimiendo).</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="37"/>
        <source>Prints what the invoker replicas of FUNCTION wrote (their own log and their function
processes&apos; stderr), from PROJECT/.stratus/logs/invoker.FUNCTION.N.log, each line prefixed
with the replica&apos;s process id. Works whether or not the cluster is running.</source>
        <translation>Imprime lo que escribieron las réplicas de invoker de FUNCTION (su propio log y el stderr de sus
procesos de función), desde PROJECT/.stratus/logs/invoker.FUNCTION.N.log, con cada línea precedida
del id de proceso de la réplica. Funciona tanto si el clúster está en ejecución como si no.</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="40"/>
        <source>The function&apos;s name in the manifest.</source>
        <translation>El nombre de la función en el manifiesto.</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="54"/>
        <source>%1 declares no function &quot;%2&quot;</source>
        <translation>%1 no declara ninguna función &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="60"/>
        <source>no logs of %1 yet (looked for %2/invoker.%1.*.log)</source>
        <translation>todavía no hay logs de %1 (se buscaron en %2/invoker.%1.*.log)</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.h" line="37"/>
        <source>Keep printing new lines (also of replicas that start later) until Ctrl-C.</source>
        <translation>Sigue imprimiendo las líneas nuevas (también de las réplicas que arranquen después) hasta Ctrl-C.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryCommand</name>
    <message>
        <location filename="../app/cli/registrycommand.cpp" line="7"/>
        <source>KIND is services, functions or flows.</source>
        <translation>KIND es services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrycommand.cpp" line="17"/>
        <source>unknown kind &apos;%1&apos;: use services, functions or flows</source>
        <translation>tipo desconocido &apos;%1&apos;: usa services, functions o flows</translation>
    </message>
    <message>
        <location filename="../app/cli/registrycommand.cpp" line="45"/>
        <source>--expected-revision must be a revision number (0: the entry must not exist yet)</source>
        <translation>--expected-revision debe ser un número de revisión (0: la entrada todavía no debe existir)</translation>
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
        <translation>Imprime una entrada del registro como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="15"/>
        <source>Prints the entry KIND/ID of the running cluster&apos;s registry as JSON:
{&quot;kind&quot;, &quot;id&quot;, &quot;revision&quot;, &quot;entry&quot;}. %1
</source>
        <translation>Imprime la entrada KIND/ID del registro del clúster en ejecución como JSON:
{&quot;kind&quot;, &quot;id&quot;, &quot;revision&quot;, &quot;entry&quot;}. %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="18"/>
        <source>no such entry: the message says so</source>
        <translation>no existe la entrada: lo dice el mensaje</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="19"/>
        <source>services, functions or flows.</source>
        <translation>services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="20"/>
        <source>The entry&apos;s id (a service&apos;s id, else its name).</source>
        <translation>El id de la entrada (el id de un servicio, si no su nombre).</translation>
    </message>
    <message>
        <location filename="../app/cli/registrygetcommand.cpp" line="35"/>
        <source>the registry has no %1 entry &quot;%2&quot; (see stratus registry ls %1)</source>
        <translation>el registro no tiene ninguna entrada %1 &quot;%2&quot; (consulta stratus registry ls %1)</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryLsCommand</name>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="33"/>
        <source>List the running cluster&apos;s registry entries.</source>
        <translation>Lista las entradas del registro del clúster en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="39"/>
        <source>Lists the entries of the running cluster&apos;s registry: every kind, or only KIND.
%1
</source>
        <translation>Lista las entradas del registro del clúster en ejecución: de todos los tipos, o solo de KIND.
%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="42"/>
        <source>services, functions or flows (default: all).</source>
        <translation>services, functions o flows (predeterminado: todos).</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="72"/>
        <source>No entries.</source>
        <translation>Ninguna entrada.</translation>
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
        <translation>REVISIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.cpp" line="75"/>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <location filename="../app/cli/registrylscommand.h" line="23"/>
        <source>Print the entries as a JSON array of {kind, id, revision, entry}.</source>
        <translation>Imprime las entradas como array JSON de {kind, id, revision, entry}.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RegistryPutCommand</name>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="10"/>
        <source>Create or replace a registry entry.</source>
        <translation>Crea o sustituye una entrada del registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="16"/>
        <source>Writes the JSON object of FILE (&apos;-&apos; for stdin) or of --data as an entry of KIND in the
running cluster&apos;s registry; the entry names itself (&quot;id&quot; of a service, &quot;name&quot; of the
others). The registry checks it (docs/registry.md) and says which field is wrong. %1
</source>
        <translation>Escribe el objeto JSON de FILE (&apos;-&apos; para stdin) o de --data como entrada de KIND en el registro
del clúster en ejecución; la entrada se nombra a sí misma (&quot;id&quot; de un servicio, &quot;name&quot; de los
demás). El registro la comprueba (docs/registry.md) e indica qué campo es incorrecto. %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="20"/>
        <source>invalid entry, revision conflict</source>
        <translation>entrada no válida, conflicto de revisión</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="21"/>
        <source>services, functions or flows.</source>
        <translation>services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="22"/>
        <source>A file holding the entry&apos;s JSON (&apos;-&apos;: stdin).</source>
        <translation>Un archivo que contiene el JSON de la entrada (&apos;-&apos;: stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="26"/>
        <source>Write only if the entry is at this revision now (0: only create it).</source>
        <translation>Escribe solo si la entrada está ahora en esta revisión (0: solo crearla).</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="34"/>
        <source>--data</source>
        <translation>--data</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="42"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="51"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="53"/>
        <source>%1: the entry must be a JSON object</source>
        <translation>%1: la entrada debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="68"/>
        <source>give the entry either as FILE or with --data, not %1 (see stratus %2 --help)</source>
        <translation>da la entrada como FILE o con --data, solo uno de los dos (dados: %1) (consulta stratus %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="69"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="69"/>
        <source>neither</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.cpp" line="77"/>
        <source>%1/%2: revision %3</source>
        <translation>%1/%2: revisión %3</translation>
    </message>
    <message>
        <location filename="../app/cli/registryputcommand.h" line="25"/>
        <source>The entry, as JSON text.</source>
        <translation>La entrada, como texto JSON.</translation>
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
        <translation>Elimina una entrada del registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="13"/>
        <source>Removes the entry KIND/ID from the running cluster&apos;s registry. %1
</source>
        <translation>Elimina la entrada KIND/ID del registro del clúster en ejecución. %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="14"/>
        <source>no such entry, revision conflict</source>
        <translation>no existe la entrada, conflicto de revisión</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="15"/>
        <source>services, functions or flows.</source>
        <translation>services, functions o flows.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="16"/>
        <source>The entry&apos;s id.</source>
        <translation>El id de la entrada.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="18"/>
        <source>Remove only if the entry is at this revision now.</source>
        <translation>Elimina solo si la entrada está ahora en esta revisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/registryrmcommand.cpp" line="33"/>
        <source>%1/%2: removed</source>
        <translation>%1/%2: eliminada</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::ReleasesCommand</name>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="13"/>
        <source>List a remote cluster&apos;s releases and the nodes that run or keep them.</source>
        <translation>Lista las versiones de un clúster remoto y los nodos que las ejecutan o las conservan.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="19"/>
        <source>Lists the releases of TARGET, newest first: the tags stratus/TARGET/* (fetched from the
target&apos;s git remote first, unless --local), with the nodes that run each one and those that
keep it for a rollback. --diff RELEASE prints what changed since RELEASE instead.
</source>
        <translation>Lista las versiones de TARGET, de la más reciente a la más antigua: las etiquetas stratus/TARGET/*
(descargadas antes del remoto git del destino, salvo con --local), con los nodos que ejecutan cada una y
los que la conservan para un rollback. --diff RELEASE imprime en su lugar lo que cambió desde RELEASE.
</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="22"/>
        <source>git could not list or fetch the releases</source>
        <translation>git no pudo listar ni descargar las versiones</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="36"/>
        <source>No change since release %1.</source>
        <translation>Ningún cambio desde la versión %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="52"/>
        <source>where releases run is unknown: %1</source>
        <translation>no se sabe dónde se ejecutan las versiones: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="71"/>
        <source>No releases of %1 yet (stratus deploy %1).</source>
        <translation>Todavía no hay versiones de %1 (stratus deploy %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>RELEASE</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>TIME (UTC)</source>
        <translation>HORA (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>RUNNING ON</source>
        <translation>EN EJECUCIÓN EN</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>KEPT ON</source>
        <translation>CONSERVADA EN</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.cpp" line="75"/>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="22"/>
        <source>Print a JSON array of {name, tag, commit, time, author, message, runningOn, keptOn}.</source>
        <translation>Imprime un array JSON de {name, tag, commit, time, author, message, runningOn, keptOn}.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="25"/>
        <source>Do not fetch the releases others pushed from the target&apos;s git remote.</source>
        <translation>No descarga del remoto git del destino las versiones que enviaron otros.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="27"/>
        <source>Print the diff from RELEASE to the project as it is now.</source>
        <translation>Imprime el diff de RELEASE al proyecto tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasescommand.h" line="28"/>
        <source>release</source>
        <translation>versión</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RemoteStatusCommand</name>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="12"/>
        <source>Show the nodes of a remote cluster and the release each one runs.</source>
        <translation>Muestra los nodos de un clúster remoto y la versión que ejecuta cada uno.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="18"/>
        <source>Asks every stratus-agent of TARGET for its status (docs/deploy.md, &quot;Status&quot;): the release it
runs, the releases it keeps, whether a deploy is under way, and its invokers.
</source>
        <translation>Pide a cada stratus-agent de TARGET su estado (docs/deploy.md, &quot;Status&quot;): la versión que
ejecuta, las versiones que conserva, si hay un despliegue en curso, y sus invokers.
</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="20"/>
        <source>a node listed in deploy.json did not answer</source>
        <translation>un nodo listado en deploy.json no respondió</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="36"/>
        <source>target %1: no agent answered at %2 (is stratus-agent running on the nodes?)</source>
        <translation>destino %1: ningún agente respondió en %2 (¿se está ejecutando stratus-agent en los nodos?)</translation>
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
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <source>INVOKERS READY</source>
        <translation>INVOKERS LISTOS</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <source>KEPT</source>
        <translation>CONSERVADAS</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="45"/>
        <source>DEPLOYING</source>
        <translation>DESPLEGANDO</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="50"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>PROCESS</source>
        <translation>PROCESO</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="56"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.cpp" line="69"/>
        <source>node(s) %1 did not answer</source>
        <translation>nodos %1 sin respuesta</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="21"/>
        <source>Print the agents&apos; replies as a JSON array.</source>
        <translation>Imprime las respuestas de los agentes como array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="23"/>
        <source>List every invoker of every node.</source>
        <translation>Lista cada invoker de cada nodo.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotestatuscommand.h" line="25"/>
        <source>How long to collect the agents&apos; replies (default 1000).</source>
        <translation>Durante cuánto tiempo recoger las respuestas de los agentes (predeterminado 1000).</translation>
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
        <translation>Vuelve a ejecutar en esta máquina un evento de función grabado; compara el resultado.</translation>
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
        <translation>Ejecuta en local la función de un evento grabado, como lo haría un invoker en frío: el command
del manifiesto, su workdir y su entorno, el evento en stdin, su tiempo límite. Imprime la nueva
salida en stdout; --diff luego la compara con la salida grabada (entendiendo JSON) en
stderr. --debug espera antes a un depurador externo (host y puerto en stderr).
Códigos de salida: 0 ok (e idéntica con --diff), 1 fallo o una diferencia, 2 uso,
3 ningún clúster, 4 la función falló.
</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="27"/>
        <source>e42, or a request id.</source>
        <translation>e42, o un id de petición.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="46"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="54"/>
        <source>%1 is a run of flow %2; replay runs functions (run the flow again with `stratus flow run %2 --data ...`)</source>
        <translation>%1 es una ejecución del flujo %2; replay ejecuta funciones (vuelve a ejecutar el flujo con `stratus flow run %2 --data ...`)</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="72"/>
        <source>waiting for a debugger: %1</source>
        <translation>esperando a un depurador: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="81"/>
        <source>the replay did not finish</source>
        <translation>la reproducción no terminó</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="89"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="95"/>
        <source>identical to the recorded output of %1</source>
        <translation>idéntica a la salida grabada de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="98"/>
        <source>differs from the recorded output of %1:
%2</source>
        <translation>distinta de la salida grabada de %1:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="23"/>
        <source>Replay with this input instead of the recorded one; @FILE reads a file.</source>
        <translation>Reproduce con esta entrada en lugar de la grabada; @FILE lee un archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="24"/>
        <source>json|@file</source>
        <translation>json|@file</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="27"/>
        <source>Compare the new output with the recorded one (exit 1 when they differ).</source>
        <translation>Compara la nueva salida con la grabada (sale con 1 cuando difieren).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.h" line="30"/>
        <source>Run under the function&apos;s external debugger (its &quot;debug&quot; in stratus.json).</source>
        <translation>Ejecuta bajo el depurador externo de la función (su &quot;debug&quot; en stratus.json).</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::RollbackCommand</name>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="7"/>
        <source>Roll a remote cluster back to a release its nodes keep.</source>
        <translation>Devuelve un clúster remoto a una versión que conservan sus nodos.</translation>
    </message>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="13"/>
        <source>Rolls every node of TARGET back to RELEASE (see `stratus releases TARGET`), the same way a
deploy rolls over: the release&apos;s invokers start, then the running ones drain. Every node must
keep RELEASE (deploy.json&apos;s &quot;keep&quot;, default 5); otherwise nothing is changed.
</source>
        <translation>Devuelve cada nodo de TARGET a RELEASE (consulta `stratus releases TARGET`), del mismo modo en que
se relevan en un despliegue: arrancan los invokers de la versión y luego se drenan los que están en
ejecución. Cada nodo debe conservar RELEASE (&quot;keep&quot; de deploy.json, predeterminado 5); si no, nada cambia.
</translation>
    </message>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="16"/>
        <source>the release is not kept, or a node failed</source>
        <translation>la versión no se conserva, o un nodo falló</translation>
    </message>
    <message>
        <location filename="../app/cli/rollbackcommand.cpp" line="18"/>
        <source>The release, e.g. 20261124-193000.</source>
        <translation>La versión, p. ej. 20261124-193000.</translation>
    </message>
</context>
<context>
    <name>Stratus::Cli::StressCommand</name>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="23"/>
        <source>Load-test a function, flow, subject or HTTP URL and summarise like hey.</source>
        <translation>Prueba de carga de una función, un flujo, un asunto o una URL HTTP; resumen como hey.</translation>
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
        <translation>TARGET es una función del proyecto (NAME), un flujo (flow:NAME), cualquier asunto NATS
(subject:SUBJECT) o una URL HTTP (http://127.0.0.1:PORT/function/NAME, la pasarela).

Bucle abierto (--rate o --profile): las peticiones salen a su hora prevista hagan lo que hagan las
respuestas, y la latencia cuenta desde la hora prevista, así un objetivo lento no puede esconderse
tras un generador lento (sin coordinated omission). Cuando el propio generador no da abasto
lo dice. Bucle cerrado (-n -c -q -z): el modelo de hey, C workers cada uno con una petición
en curso. Sin ninguno de estos: el perfil predeterminado, 20/s durante 10 s y luego hasta 200/s en 20 s.
Ctrl-C detiene la prueba e imprime lo medido hasta ese momento.

Códigos de salida: %1 la prueba se completó (respondieran lo que respondieran los objetivos) y no se
superó ningún umbral, %2 fallo, %3 uso, %4 ningún clúster/broker, %5 se superó un umbral.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="47"/>
        <source>NAME, flow:NAME, subject:SUBJECT or http://HOST:PORT/PATH.</source>
        <translation>NAME, flow:NAME, subject:SUBJECT o http://HOST:PORT/PATH.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="60"/>
        <source>--rate, --profile and -n/-c/-q/-z exclude each other</source>
        <translation>--rate, --profile y -n/-c/-q/-z se excluyen mutuamente</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="62"/>
        <source>--duration goes with --rate (closed loop takes -z)</source>
        <translation>--duration va con --rate (el bucle cerrado usa -z)</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="64"/>
        <source>--data and --file exclude each other</source>
        <translation>--data y --file se excluyen mutuamente</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="77"/>
        <source>--rate must be a positive number of requests per second</source>
        <translation>--rate debe ser un número positivo de peticiones por segundo</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="82"/>
        <source>--duration %1: must be a duration like 500ms, 10s, 2m</source>
        <translation>--duration %1: debe ser una duración como 500ms, 10s, 2m</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="94"/>
        <source>-n must be a whole number of requests &gt;= 1</source>
        <translation>-n debe ser un número entero de peticiones &gt;= 1</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="98"/>
        <source>-c must be a whole number of workers &gt;= 1</source>
        <translation>-c debe ser un número entero de workers &gt;= 1</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="102"/>
        <source>-q must be a number of requests per second per worker &gt;= 0</source>
        <translation>-q debe ser un número de peticiones por segundo por worker &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="107"/>
        <source>-z %1: must be a duration like 10s, 2m</source>
        <translation>-z %1: debe ser una duración como 10s, 2m</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="119"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="127"/>
        <source> (--raw sends the body as it is)</source>
        <translation> (--raw envía el cuerpo tal cual)</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="135"/>
        <source>--timeout must be a positive number of milliseconds</source>
        <translation>--timeout debe ser un número positivo de milisegundos</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="192"/>
        <source>no broker: give --nats URL, set STRATUS_NATS_URL, or run in a project with a running cluster</source>
        <translation>ningún broker: indica --nats URL, define STRATUS_NATS_URL, o ejecuta en un proyecto con un clúster en ejecución</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.cpp" line="228"/>
        <source>saved %1</source>
        <translation>guardado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="28"/>
        <source>Open loop at a constant rate, requests per second.</source>
        <translation>Bucle abierto a ritmo constante, peticiones por segundo.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="28"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="30"/>
        <source>How long --rate runs (default 10s): 500ms, 10s, 2m.</source>
        <translation>Cuánto dura --rate (predeterminado 10s): 500ms, 10s, 2m.</translation>
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
        <translation>Bucle abierto o cerrado a partir de un archivo de perfil (docs/stress.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="33"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="35"/>
        <source>Closed loop: requests in all (hey -n; default 200).</source>
        <translation>Bucle cerrado: peticiones en total (hey -n; predeterminado 200).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="35"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="37"/>
        <source>Closed loop: workers, one request in flight each (hey -c; default 50).</source>
        <translation>Bucle cerrado: workers, una petición en curso cada uno (hey -c; predeterminado 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="38"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="40"/>
        <source>Closed loop: rate limit per worker, requests per second (hey -q).</source>
        <translation>Bucle cerrado: límite de ritmo por worker, peticiones por segundo (hey -q).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="41"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="43"/>
        <source>Closed loop: run for this long instead of -n requests (hey -z): 10s, 1m.</source>
        <translation>Bucle cerrado: dura este tiempo en lugar de -n peticiones (hey -z): 10s, 1m.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="47"/>
        <source>The request body, a template: {{seq}}, {{rand:1:100}}, {{timestamp}}, {{timestamp_ms}}, {{uuid}} (default {}).</source>
        <translation>El cuerpo de la petición, una plantilla: {{seq}}, {{rand:1:100}}, {{timestamp}}, {{timestamp_ms}}, {{uuid}} (predeterminado {}).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="49"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="50"/>
        <source>Read the request body template from a file.</source>
        <translation>Lee la plantilla del cuerpo de la petición de un archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="51"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="53"/>
        <source>Send --data/--file as they are, without variables.</source>
        <translation>Envía --data/--file tal cual, sin variables.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="56"/>
        <source>Per-request timeout (default: the function&apos;s timeoutMs + 2000, else 10000).</source>
        <translation>Tiempo límite por petición (predeterminado: el timeoutMs de la función + 2000, si no 10000).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="56"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="59"/>
        <source>Fail the run when breached, e.g. p95&lt;20ms, errors&lt;1% (repeatable). A breach lasting 3 s stops the run early.</source>
        <translation>Hace fallar la prueba cuando se supera, p. ej. p95&lt;20ms, errors&lt;1% (repetible). Una superación que dura 3 s detiene la prueba antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="61"/>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="62"/>
        <source>HTTP method (default POST).</source>
        <translation>Método HTTP (predeterminado POST).</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="63"/>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="65"/>
        <source>Print the result as JSON instead of a summary.</source>
        <translation>Imprime el resultado como JSON en lugar de un resumen.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="68"/>
        <source>Also save the result in the project&apos;s stress/ folder, as the workbench does.</source>
        <translation>Guarda también el resultado en la carpeta stress/ del proyecto, como hace el workbench.</translation>
    </message>
    <message>
        <location filename="../app/cli/stresscommand.h" line="70"/>
        <source>Broker URL (default: $STRATUS_NATS_URL, else the running cluster&apos;s).</source>
        <translation>URL del broker (predeterminada: $STRATUS_NATS_URL, si no la del clúster en ejecución).</translation>
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
        <translation>Ejecuta en local los eventos de prueba guardados de una función y compara las salidas.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="16"/>
        <source>Replays every events/FUNCTION/NAME.json of the project through the function, locally
(no cluster needed), and compares each output with NAME.expected.json (JSON-aware).
An event without an expected output passes when the function answers ok.
Exit codes: 0 all passed, 1 a failure (or no saved events), 2 usage.
</source>
        <translation>Reproduce cada events/FUNCTION/NAME.json del proyecto a través de la función, en local
(sin necesidad de clúster), y compara cada salida con NAME.expected.json (entendiendo JSON).
Un evento sin salida esperada se supera cuando la función responde ok.
Códigos de salida: 0 todos superados, 1 un fallo (o ningún evento guardado), 2 uso.
</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="20"/>
        <source>The function&apos;s name in the manifest.</source>
        <translation>El nombre de la función en el manifiesto.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="41"/>
        <source>PASS</source>
        <translation>SUPERADO</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="41"/>
        <source>FAIL</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.cpp" line="56"/>
        <source>%1: %2 of %3 passed</source>
        <translation>%1: %2 de %3 superados</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommand.h" line="23"/>
        <source>Take the outputs as the new expected outputs instead of comparing.</source>
        <translation>Toma las salidas como las nuevas salidas esperadas en lugar de compararlas.</translation>
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
    <name>TraceTable</name>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="29"/>
        <source>run %1 of flow %2: %3 in %4 (trace %5)</source>
        <translation>ejecución %1 del flujo %2: %3 en %4 (traza %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="32"/>
        <source>  error: %1</source>
        <translation>  error: %1</translation>
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
        <translation>FUNCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <location filename="../app/cli/tracetable.cpp" line="41"/>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
</context>
<context>
    <name>stratus</name>
    <message>
        <location filename="../app/cli/projectlocation.cpp" line="18"/>
        <source>%1: no such project folder</source>
        <translation>%1: no existe la carpeta del proyecto</translation>
    </message>
    <message>
        <location filename="../app/cli/projectlocation.cpp" line="28"/>
        <source>no %1 in %2 or any folder above it; pass --project DIR</source>
        <translation>no hay ningún %1 en %2 ni en ninguna carpeta superior; usa --project DIR</translation>
    </message>
</context>
</TS>
