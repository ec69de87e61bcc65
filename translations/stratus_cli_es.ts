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
        <location filename="../app/cli/statusreport.cpp" line="45"/>
        <source>Placement: spread over the CPUs; packed onto one while the cluster&apos;s load fits on it (adaptive)</source>
        <translation>Ubicación: repartido entre las CPU; agrupado en una mientras la carga del clúster quepa en ella (adaptive)</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="49"/>
        <source>PROCESS</source>
        <translation>PROCESO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="49"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="49"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="49"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="49"/>
        <source>RESTARTS</source>
        <translation>REINICIOS</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="60"/>
        <source>FUNCTION</source>
        <translation>FUNCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="60"/>
        <source>TRIGGER</source>
        <translation>TRIGGER</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="60"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="60"/>
        <source>REPLICAS</source>
        <translation>RÉPLICAS</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="69"/>
        <source>No functions.</source>
        <translation>Ninguna función.</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="73"/>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="73"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="73"/>
        <source>TOPIC</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="88"/>
        <source>No cluster is running for %1 (start one with `stratus cluster up`).</source>
        <translation>No hay ningún clúster en ejecución para %1 (inícialo con `stratus cluster up`).</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="90"/>
        <source>No cluster is running for %1: the last start failed: %2</source>
        <translation>No hay ningún clúster en ejecución para %1: el último arranque falló: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="92"/>
        <source>No cluster is running for %1 (the last one was stopped).</source>
        <translation>No hay ningún clúster en ejecución para %1 (el último se detuvo).</translation>
    </message>
    <message>
        <location filename="../app/cli/statusreport.cpp" line="93"/>
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
        <location filename="../app/cli/deploytargetcommand.cpp" line="42"/>
        <source>Exit codes: %1 ok, %2 failure (%3), %4 usage,
%5 the target cannot be reached (unreachable, credentials refused, or no agent answers).</source>
        <translation>Códigos de salida: %1 ok, %2 fallo (%3), %4 uso,
%5 no se puede alcanzar el destino (inaccesible, credenciales rechazadas o ningún agente responde).</translation>
    </message>
    <message>
        <location filename="../app/cli/deploytargetcommand.cpp" line="53"/>
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
