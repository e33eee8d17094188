<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../views/changesview.cpp" line="45"/>
        <source>Container changes</source>
        <translation>Modifications du conteneur</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="46"/>
        <source>These files live in the container&apos;s own writable layer: they are lost when the container is removed. Keep data in a volume to outlive it.</source>
        <translation>Ces fichiers se trouvent dans la couche inscriptible propre au conteneur&#x202f;: ils sont perdus quand le conteneur est supprimé. Gardez les données dans un volume pour qu’elles lui survivent.</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="56"/>
        <source>Writable layer warning</source>
        <translation>Avertissement sur la couche inscriptible</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="57"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="58"/>
        <source>Read the changes again (docker diff)</source>
        <translation>Relire les modifications (docker diff)</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="59"/>
        <source>Refresh the changes</source>
        <translation>Actualiser les modifications</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="62"/>
        <source>Changes status</source>
        <translation>État des modifications</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="64"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="64"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="70"/>
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="89"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="91"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="93"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="95"/>
        <source>Kind %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="121"/>
        <source>Reading the changes…</source>
        <translation>Lecture des modifications…</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="132"/>
        <source>Could not read the changes of container %1</source>
        <translation>Impossible de lire les modifications du conteneur %1</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="143"/>
        <source>The engine&apos;s list of changes is not valid JSON.</source>
        <translation>La liste des modifications envoyée par le moteur n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="166"/>
        <source>No file was added, changed or deleted.</source>
        <translation>Aucun fichier n’a été ajouté, modifié ou supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/changesview.cpp" line="167"/>
        <source>%n changed paths.</source>
        <translation>
            <numerusform>%n chemin modifié.</numerusform>
            <numerusform>%n chemins modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="69"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="70"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="87"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="88"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="89"/>
        <source>docker command</source>
        <translation>commande docker</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="90"/>
        <source>REST call</source>
        <translation>appel REST</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="91"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>CommandsPanel</name>
    <message>
        <location filename="../views/commandspanel.cpp" line="23"/>
        <location filename="../views/commandspanel.cpp" line="25"/>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="24"/>
        <location filename="../views/commandspanel.cpp" line="26"/>
        <source>Copy REST call</source>
        <translation>Copier l&apos;appel REST</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="28"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="30"/>
        <source>Commands run by Quai</source>
        <translation>Commandes lancées par Quai</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="46"/>
        <source>Copy the docker command</source>
        <translation>Copier la commande docker</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="47"/>
        <source>Copy the selected row&apos;s docker command</source>
        <translation>Copier la commande docker de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="48"/>
        <source>Copy the REST call</source>
        <translation>Copier l&apos;appel REST</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="49"/>
        <source>Copy the selected row&apos;s Engine API call</source>
        <translation>Copier l&apos;appel à l&apos;API du moteur de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="69"/>
        <source>Every change Quai makes, as a docker command and as an Engine API call.</source>
        <translation>Chaque modification faite par Quai, sous forme de commande docker et d&apos;appel à l&apos;API du moteur.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../views/confirmdialog.cpp" line="33"/>
        <source>docker command</source>
        <translation>commande docker</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="34"/>
        <source>Engine API call</source>
        <translation>Appel à l&apos;API du moteur</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="36"/>
        <source>Confirm removal</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="49"/>
        <source>This will be removed permanently:</source>
        <translation>Ceci sera supprimé définitivement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="50"/>
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="58"/>
        <source>Same as this docker command:</source>
        <translation>Équivaut à cette commande docker&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="60"/>
        <source>Engine API call:</source>
        <translation>Appel à l&apos;API du moteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="64"/>
        <location filename="../views/confirmdialog.cpp" line="65"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContainerDetailsWidget</name>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="21"/>
        <source>Container summary</source>
        <translation>Résumé du conteneur</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="25"/>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="58"/>
        <source>Image: %1
State: %2
Its own files live in a writable layer that is lost when the container is removed.</source>
        <translation>Image&#xa0;: %1
État&#xa0;: %2
Ses propres fichiers vivent dans une couche inscriptible, perdue quand le conteneur est supprimé.</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="66"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="69"/>
        <source>bind mount</source>
        <translation>montage lié (bind)</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="71"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="72"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="78"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="78"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="80"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="84"/>
        <source>No mounts: everything it writes stays in its own layer.</source>
        <translation>Aucun montage&#xa0;: tout ce qu’il écrit reste dans sa propre couche.</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="85"/>
        <source>Mounts:</source>
        <translation>Montages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContainerLogs</name>
    <message>
        <location filename="../models/containerlogs.cpp" line="102"/>
        <source>Could not read whether container %1 has a terminal</source>
        <translation>Impossible de savoir si le conteneur %1 a un terminal</translation>
    </message>
    <message>
        <location filename="../models/containerlogs.cpp" line="134"/>
        <source>Could not decode the logs of container %1: %2</source>
        <translation>Impossible de décoder les journaux du conteneur %1&#x202f;: %2</translation>
    </message>
    <message>
        <location filename="../models/containerlogs.cpp" line="146"/>
        <source>Could not read the logs of container %1</source>
        <translation>Impossible de lire les journaux du conteneur %1</translation>
    </message>
    <message>
        <location filename="../models/containerlogs.cpp" line="159"/>
        <source>The logs of container %1 ended badly: %2</source>
        <translation>Les journaux du conteneur %1 se sont mal terminés&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>ContainerModel</name>
    <message>
        <location filename="../models/containermodel.cpp" line="44"/>
        <source>created</source>
        <comment>container state</comment>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="45"/>
        <source>running</source>
        <comment>container state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="46"/>
        <source>paused</source>
        <comment>container state</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="47"/>
        <source>restarting</source>
        <comment>container state</comment>
        <translation>en redémarrage</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="48"/>
        <source>removing</source>
        <comment>container state</comment>
        <translation>en suppression</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="49"/>
        <source>exited</source>
        <comment>container state</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="50"/>
        <source>dead</source>
        <comment>container state</comment>
        <translation>mort</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="106"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="107"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="108"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="109"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="110"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="111"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="112"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="182"/>
        <source>Could not list containers</source>
        <translation>Impossible de lister les conteneurs</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="203"/>
        <source>Could not read container %1</source>
        <translation>Impossible de lire le conteneur %1</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <location filename="../views/containersview.cpp" line="30"/>
        <source>Filter containers…</source>
        <translation>Filtrer les conteneurs…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="31"/>
        <source>Filter containers</source>
        <translation>Filtrer les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="34"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="36"/>
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="37"/>
        <source>Run or create a new container from an image</source>
        <translation>Lancer ou créer un nouveau conteneur à partir d’une image</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="40"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="41"/>
        <source>Start the selected containers</source>
        <translation>Démarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="43"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="44"/>
        <source>Stop the selected containers: SIGTERM, then SIGKILL after the engine&apos;s timeout</source>
        <translation>Arrêter les conteneurs sélectionnés&#xa0;: SIGTERM, puis SIGKILL après le délai du moteur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="47"/>
        <source>Stop after…</source>
        <translation>Arrêter après…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="48"/>
        <source>Stop the selected containers, choosing how long they get to exit before they are killed</source>
        <translation>Arrêter les conteneurs sélectionnés, en choisissant combien de temps ils ont pour se terminer avant d’être tués</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="51"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="52"/>
        <source>Restart the selected containers</source>
        <translation>Redémarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="54"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="55"/>
        <source>Freeze every process of the selected containers</source>
        <translation>Geler tous les processus des conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="58"/>
        <source>Unpause</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="59"/>
        <source>Let the selected paused containers run again</source>
        <translation>Relancer l’exécution des conteneurs suspendus sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="61"/>
        <source>Kill…</source>
        <translation>Tuer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="62"/>
        <source>Send a signal to the main process of the selected containers</source>
        <translation>Envoyer un signal au processus principal des conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="64"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="65"/>
        <source>Give the current container another name</source>
        <translation>Donner un autre nom au conteneur courant</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="67"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="68"/>
        <source>Remove the selected containers (Delete)</source>
        <translation>Supprimer les conteneurs sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="85"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="167"/>
        <source>Could not rename container «%1»: «%2» is not a valid name; use letters, digits, «_», «.» and «-», at least two characters.</source>
        <translation>Impossible de renommer le conteneur «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom valide&#xa0;; utilisez des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;», au moins deux caractères.</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="180"/>
        <source>Stop containers</source>
        <translation>Arrêter les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="181"/>
        <source>Seconds to wait for the containers to exit before they are killed:</source>
        <translation>Secondes à attendre que les conteneurs se terminent avant de les tuer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="182"/>
        <source>Stop timeout</source>
        <translation>Délai d’arrêt</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="194"/>
        <source>Kill containers</source>
        <translation>Tuer les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="195"/>
        <source>Signal to send to the main process (SIGKILL cannot be caught; the others may be handled by the program):</source>
        <translation>Signal à envoyer au processus principal (SIGKILL ne peut pas être intercepté&#xa0;; les autres peuvent être traités par le programme)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="197"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="215"/>
        <source>Rename container</source>
        <translation>Renommer le conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="216"/>
        <source>New name for «%1»:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="217"/>
        <source>New container name</source>
        <translation>Nouveau nom du conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="241"/>
        <source>Remove container «%1»?</source>
        <translation>Supprimer le conteneur «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/containersview.cpp" line="242"/>
        <source>Remove %n containers?</source>
        <translation>
            <numerusform>Supprimer %n conteneur&#x202f;?</numerusform>
            <numerusform>Supprimer %n conteneurs&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="244"/>
        <source>Force: stop running containers first</source>
        <translation>Forcer&#xa0;: arrêter d&apos;abord les conteneurs en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="245"/>
        <source>Without this, the engine refuses to remove a running container.</source>
        <translation>Sans cette option, le moteur refuse de supprimer un conteneur en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="247"/>
        <source>Also remove anonymous volumes</source>
        <translation>Supprimer aussi les volumes anonymes</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="248"/>
        <source>Volumes created for this container without a name. Named volumes are kept.</source>
        <translation>Les volumes créés sans nom pour ce conteneur. Les volumes nommés sont conservés.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../views/detailspane.cpp" line="25"/>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="26"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="34"/>
        <source>Details pane</source>
        <translation>Panneau des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="39"/>
        <source>Selected object</source>
        <translation>Objet sélectionné</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="47"/>
        <source>Error text</source>
        <translation>Texte de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="51"/>
        <source>Details views</source>
        <translation>Vues des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="57"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="58"/>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="59"/>
        <source>Everything the engine says about it, as JSON</source>
        <translation>Tout ce que le moteur en dit, en JSON</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="60"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="61"/>
        <source>What the container prints, live (docker logs)</source>
        <translation>Ce qu’affiche le conteneur, en direct (docker logs)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="62"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="64"/>
        <source>Files the container added, changed or deleted (docker diff)</source>
        <translation>Fichiers que le conteneur a ajoutés, modifiés ou supprimés (docker diff)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="161"/>
        <source>Could not read the details (%1)</source>
        <translation>Impossible de lire les détails (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="167"/>
        <source>The engine sent details that are not valid JSON.</source>
        <translation>Le moteur a envoyé des détails qui ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="188"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="194"/>
        <source>%1 «%2»</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="16"/>
        <source>Engine status</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="51"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="55"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="59"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="63"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="70"/>
        <source>Endpoint from %1</source>
        <translation>Point de connexion issu de %1</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="74"/>
        <source>Engine %1 · API %2</source>
        <translation>Moteur %1 · API %2</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../views/errorbanner.cpp" line="14"/>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../views/errorbanner.cpp" line="23"/>
        <source>Error text</source>
        <translation>Texte de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../views/errorbanner.cpp" line="26"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/errorbanner.cpp" line="27"/>
        <source>Dismiss the error message</source>
        <translation>Fermer le message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>ImageModel</name>
    <message numerus="yes">
        <location filename="../models/imagemodel.cpp" line="72"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="72"/>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="87"/>
        <source>Repository:Tag</source>
        <translation>Dépôt:Étiquette</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="88"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="89"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="90"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="91"/>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="120"/>
        <source>Could not list images</source>
        <translation>Impossible de lister les images</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="142"/>
        <source>Could not read image %1</source>
        <translation>Impossible de lire l&apos;image %1</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <location filename="../views/imagesview.cpp" line="19"/>
        <source>Filter images…</source>
        <translation>Filtrer les images…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="20"/>
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="21"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="22"/>
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="23"/>
        <source>Run a container from the selected image</source>
        <translation>Lancer un conteneur à partir de l’image sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="26"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="27"/>
        <source>Remove the selected images (Delete)</source>
        <translation>Supprimer les images sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="38"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="71"/>
        <source>Remove image «%1»?</source>
        <translation>Supprimer l&apos;image «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imagesview.cpp" line="72"/>
        <source>Remove %n images?</source>
        <translation>
            <numerusform>Supprimer %n image&#x202f;?</numerusform>
            <numerusform>Supprimer %n images&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="74"/>
        <source>Force: remove even if tagged several times or used by a stopped container</source>
        <translation>Forcer&#xa0;: supprimer même si elle a plusieurs étiquettes ou sert à un conteneur arrêté</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="75"/>
        <source>Without this, the engine refuses to remove an image that a container uses.</source>
        <translation>Sans cette option, le moteur refuse de supprimer une image utilisée par un conteneur.</translation>
    </message>
</context>
<context>
    <name>JsonTreeWidget</name>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="37"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="37"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="38"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="46"/>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="51"/>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="106"/>
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/jsontreewidget.cpp" line="107"/>
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="114"/>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/jsontreewidget.cpp" line="115"/>
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="12"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="13"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="15"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="15"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="20"/>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="21"/>
        <source>Remove the current row of %1</source>
        <translation>Retirer la ligne courante de %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../models/logmodel.cpp" line="164"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../models/logmodel.cpp" line="164"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../models/logmodel.cpp" line="165"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../views/logview.cpp" line="29"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="41"/>
        <source>Container logs</source>
        <translation>Journaux du conteneur</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="43"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="46"/>
        <source>Keep the newest line in view as lines arrive</source>
        <translation>Garder la dernière ligne visible à mesure que les lignes arrivent</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="47"/>
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="48"/>
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="50"/>
        <source>Show when the container wrote each line</source>
        <translation>Afficher quand le conteneur a écrit chaque ligne</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="51"/>
        <source>Show timestamps</source>
        <translation>Afficher l’horodatage</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="53"/>
        <source>Last 100 lines</source>
        <translation>100 dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="54"/>
        <source>Last 1,000 lines</source>
        <translation>1&#x202f;000 dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="55"/>
        <source>Last 10,000 lines</source>
        <translation>10&#x202f;000 dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="56"/>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="58"/>
        <source>How many of the existing lines to read first (docker logs --tail)</source>
        <translation>Nombre de lignes existantes à lire d’abord (docker logs --tail)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="59"/>
        <source>Tail</source>
        <translation>Dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="60"/>
        <source>Only lines written after this time (docker logs --since)</source>
        <translation>Seulement les lignes écrites après cette date (docker logs --since)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="61"/>
        <source>Only lines since a time</source>
        <translation>Seulement les lignes depuis une date</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="65"/>
        <source>Since time</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="67"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="69"/>
        <source>Search the logs</source>
        <translation>Rechercher dans les journaux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="71"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="72"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="74"/>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="75"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="76"/>
        <source>Match count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="77"/>
        <location filename="../views/logview.cpp" line="254"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="78"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="79"/>
        <source>Save the lines shown to a file</source>
        <translation>Enregistrer les lignes affichées dans un fichier</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="80"/>
        <location filename="../views/logview.cpp" line="286"/>
        <location filename="../views/logview.cpp" line="292"/>
        <source>Save the logs</source>
        <translation>Enregistrer les journaux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="81"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="82"/>
        <source>Empty the view; new lines still arrive</source>
        <translation>Vide l’affichage&#x202f;; les nouvelles lignes continuent d’arriver</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="83"/>
        <source>Clear the view</source>
        <translation>Vider l’affichage</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="92"/>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="93"/>
        <source>Log stream status</source>
        <translation>État du flux de journaux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="237"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="262"/>
        <source>Not streaming.</source>
        <translation>Pas de flux en cours.</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="265"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="268"/>
        <source>Live: %n lines (%1).</source>
        <translation>
            <numerusform>En direct&#x202f;: %n ligne (%1).</numerusform>
            <numerusform>En direct&#x202f;: %n lignes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="269"/>
        <source>terminal output, one stream</source>
        <translation>sortie d’un terminal, un seul flux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="270"/>
        <source>stdout and stderr, stderr in red</source>
        <translation>stdout et stderr, stderr en rouge</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="273"/>
        <source>%n lines. The stream ended: the container is not running.</source>
        <translation>
            <numerusform>%n ligne. Le flux est terminé&#x202f;: le conteneur ne tourne pas.</numerusform>
            <numerusform>%n lignes. Le flux est terminé&#x202f;: le conteneur ne tourne pas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="288"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="288"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="297"/>
        <source>Could not save the logs to %1: %2</source>
        <translation>Impossible d’enregistrer les journaux dans %1&#x202f;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="300"/>
        <source>Saved %n lines to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="48"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="51"/>
        <location filename="../app/mainwindow.cpp" line="85"/>
        <source>Mount map</source>
        <translation>Carte des montages</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="53"/>
        <source>&amp;Browse files…</source>
        <translation>&amp;Parcourir les fichiers…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="56"/>
        <source>Quai — %1</source>
        <translation>Quai — %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <source>Commands panel</source>
        <translation>Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>Browse, read, download and upload the files of the selected volume</source>
        <translation>Parcourir, lire, télécharger et envoyer les fichiers du volume sélectionné</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108"/>
        <source>Up to date; following engine events.</source>
        <translation>À jour&#x202f;; suivi des événements du moteur.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="176"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="178"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Containers</source>
        <translation>&amp;Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Volumes</source>
        <translation>&amp;Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Networks</source>
        <translation>&amp;Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Commands &amp;panel</source>
        <translation>&amp;Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>&amp;Mount map</source>
        <translation>Carte des &amp;montages</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>Remove selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>&amp;About Quai</source>
        <translation>&amp;À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
        <source>About Quai</source>
        <translation>À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="323"/>
        <source>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;A desktop manager for the Docker Engine: containers, images, volumes and networks, kept live from the engine&apos;s events. Every change is shown as a docker command and as an Engine API call.&lt;/p&gt;&lt;p&gt;Endpoint: %2&lt;br&gt;Engine: %3, API %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de bureau pour le Docker Engine&#xa0;: conteneurs, images, volumes et réseaux, tenus à jour par les événements du moteur. Chaque modification est affichée sous forme de commande docker et d&apos;appel à l&apos;API du moteur.&lt;/p&gt;&lt;p&gt;Point de connexion&#xa0;: %2&lt;br&gt;Moteur&#xa0;: %3, API %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>MountMapPanel</name>
    <message>
        <location filename="../views/mountmappanel.cpp" line="23"/>
        <source>Mount map actions</source>
        <translation>Actions de la carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="25"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="26"/>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="27"/>
        <source>Save the mount map as a PNG picture</source>
        <translation>Enregistrer la carte des montages comme image PNG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="28"/>
        <source>Save the mount map as an SVG drawing</source>
        <translation>Enregistrer la carte des montages comme dessin SVG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="29"/>
        <source>Mount map status</source>
        <translation>État de la carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="77"/>
        <source>Could not read the container&apos;s mounts</source>
        <translation>Impossible de lire les montages du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="93"/>
        <source>Save the mount map as SVG</source>
        <translation>Enregistrer la carte des montages en SVG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="93"/>
        <source>Save the mount map as PNG</source>
        <translation>Enregistrer la carte des montages en PNG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="96"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="96"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="105"/>
        <source>Saved as %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>MountMapView</name>
    <message>
        <location filename="../views/mountmapview.cpp" line="105"/>
        <location filename="../views/mountmapview.cpp" line="299"/>
        <source>Mount map</source>
        <translation>Carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="164"/>
        <source>Select a container or a volume to see where its data lives.</source>
        <translation>Sélectionnez un conteneur ou un volume pour voir où se trouvent ses données.</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="172"/>
        <source>Where the data of container «%1» lives</source>
        <translation>Où se trouvent les données du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="174"/>
        <source>Where volume «%1» is used</source>
        <translation>Où le volume «&#xa0;%1&#xa0;» est utilisé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="180"/>
        <source>On the host</source>
        <translation>Sur l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="180"/>
        <source>Managed by Docker</source>
        <translation>Géré par Docker</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="180"/>
        <source>Inside the container</source>
        <translation>Dans le conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="192"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="192"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="195"/>
        <source>%1 in «%2»</source>
        <translation>%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="204"/>
        <source>Host folder</source>
        <translation>Dossier de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="206"/>
        <source>bind mount, %1: depends on the host&apos;s files</source>
        <translation>montage lié, %1&#xa0;: dépend des fichiers de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="209"/>
        <source>Volume folder</source>
        <translation>Dossier du volume</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="211"/>
        <source>Volume «%1»</source>
        <translation>Volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="212"/>
        <source>kept when the container is removed</source>
        <translation>conservé quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="217"/>
        <source>Memory (RAM)</source>
        <translation>Mémoire (RAM)</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="218"/>
        <source>no file on disk</source>
        <translation>aucun fichier sur le disque</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="218"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="220"/>
        <source>tmpfs: lost when the container stops</source>
        <translation>tmpfs&#xa0;: perdu à l’arrêt du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="223"/>
        <source>Writable layer</source>
        <translation>Couche inscriptible</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="224"/>
        <source>lost when the container is removed</source>
        <translation>perdue quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="225"/>
        <source>The container&apos;s own changes</source>
        <translation>Les modifications propres au conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="229"/>
        <source>Other mount</source>
        <translation>Autre montage</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="235"/>
        <source>not mounted by any container</source>
        <translation>monté par aucun conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="240"/>
        <source>/ (every other path)</source>
        <translation>/ (tous les autres chemins)</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="243"/>
        <source>container «%1»</source>
        <translation>conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="253"/>
        <source>Bind mount: a host folder; depends on the host, risky if its permissions are wrong</source>
        <translation>Montage lié&#xa0;: un dossier de l’hôte&#x202f;; dépend de l’hôte, risqué si ses permissions sont mal réglées</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="254"/>
        <source>Volume: managed by Docker under /var/lib/docker/volumes; portable, easy to back up</source>
        <translation>Volume&#xa0;: géré par Docker sous /var/lib/docker/volumes&#x202f;; portable, facile à sauvegarder</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="255"/>
        <source>tmpfs: in memory only; fast, lost on restart</source>
        <translation>tmpfs&#xa0;: en mémoire seulement&#x202f;; rapide, perdu au redémarrage</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="256"/>
        <source>Writable layer: the container&apos;s own changes; lost when the container is removed</source>
        <translation>Couche inscriptible&#xa0;: les modifications propres au conteneur&#x202f;; perdues quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="286"/>
        <location filename="../views/mountmapview.cpp" line="304"/>
        <source>Could not save the mount map as «%1»</source>
        <translation>Impossible d’enregistrer la carte des montages sous «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MountTypesExplainer</name>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="24"/>
        <source>Where does a container&apos;s data live?</source>
        <translation>Où vivent les données d’un conteneur&#x202f;?</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="27"/>
        <source>Mount types compared</source>
        <translation>Types de montage comparés</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30"/>
        <source>Container layer</source>
        <translation>Couche du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30"/>
        <source>Bind mount</source>
        <translation>Montage lié (bind mount)</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30"/>
        <source>Named volume</source>
        <translation>Volume nommé</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="38"/>
        <source>Where the data lives</source>
        <translation>Où vivent les données</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="39"/>
        <source>Inside the container&apos;s own writable layer, managed by the storage driver.</source>
        <translation>Dans la couche inscriptible propre au conteneur, gérée par le pilote de stockage.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="40"/>
        <source>In a folder of the host that you choose, e.g. /home/me/site.</source>
        <translation>Dans un dossier de l’hôte que vous choisissez, par exemple /home/moi/site.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="41"/>
        <source>In a folder Docker manages, usually /var/lib/docker/volumes/&lt;name&gt;/_data.</source>
        <translation>Dans un dossier géré par Docker, en général /var/lib/docker/volumes/&lt;nom&gt;/_data.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="42"/>
        <source>In the host&apos;s memory (RAM) only; nothing is written to disk.</source>
        <translation>Uniquement dans la mémoire (RAM) de l’hôte&#x202f;; rien n’est écrit sur le disque.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="43"/>
        <source>Survives removing the container?</source>
        <translation>Survit à la suppression du conteneur&#x202f;?</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="44"/>
        <source>No: removing the container deletes it.</source>
        <translation>Non&#xa0;: supprimer le conteneur l’efface.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="45"/>
        <source>Yes: the folder belongs to the host.</source>
        <translation>Oui&#xa0;: le dossier appartient à l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="46"/>
        <source>Yes: the volume stays until you remove it, and can be mounted again.</source>
        <translation>Oui&#xa0;: le volume reste jusqu’à ce que vous le supprimiez, et peut être monté à nouveau.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="47"/>
        <source>No.</source>
        <translation>Non.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="48"/>
        <source>Survives restarting the container?</source>
        <translation>Survit au redémarrage du conteneur&#x202f;?</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="49"/>
        <source>Yes, as long as the container is not removed.</source>
        <translation>Oui, tant que le conteneur n’est pas supprimé.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="50"/>
        <location filename="../views/mounttypesexplainer.cpp" line="51"/>
        <source>Yes.</source>
        <translation>Oui.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="52"/>
        <source>No: it is empty again after a restart of the container or the host.</source>
        <translation>Non&#xa0;: il est vide à nouveau après un redémarrage du conteneur ou de l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="53"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="54"/>
        <source>Tied to that one container.</source>
        <translation>Liée à ce seul conteneur.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="55"/>
        <source>Low: depends on the host&apos;s folder layout and file system.</source>
        <translation>Faible&#xa0;: dépend de l’arborescence et du système de fichiers de l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="56"/>
        <source>High: independent of the host&apos;s layout; easy to back up, move and share between containers.</source>
        <translation>Élevée&#xa0;: indépendant de l’arborescence de l’hôte&#x202f;; facile à sauvegarder, déplacer et partager entre conteneurs.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="58"/>
        <source>None: it is scratch space.</source>
        <translation>Aucune&#xa0;: c’est un espace de travail jetable.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="59"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="60"/>
        <source>Isolated in the container.</source>
        <translation>Isolée dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="61"/>
        <source>Risky when permissions are wrong: the container can read or change host files. Mount read-only when you can.</source>
        <translation>Risqué si les permissions sont mal réglées&#xa0;: le conteneur peut lire ou modifier des fichiers de l’hôte. Montez en lecture seule quand c’est possible.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="63"/>
        <source>Safer: only containers that mount it see it.</source>
        <translation>Plus sûr&#xa0;: seuls les conteneurs qui le montent le voient.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="64"/>
        <source>Good for secrets that must never touch the disk.</source>
        <translation>Bien pour des secrets qui ne doivent jamais toucher le disque.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="65"/>
        <source>Good for</source>
        <translation>Adapté à</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="66"/>
        <source>Temporary files the app can lose.</source>
        <translation>Des fichiers temporaires que l’application peut perdre.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="67"/>
        <source>Source code during development, configuration files.</source>
        <translation>Du code source pendant le développement, des fichiers de configuration.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="68"/>
        <source>Databases and any data that must persist: the recommended choice.</source>
        <translation>Les bases de données et toute donnée qui doit persister&#xa0;: le choix recommandé.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="69"/>
        <source>Caches and fast temporary data.</source>
        <translation>Des caches et des données temporaires rapides.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="70"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="79"/>
        <source>Data written inside a container is ephemeral: it goes with the container. To keep it, mount storage from outside. The four places compared:</source>
        <translation>Les données écrites dans un conteneur sont éphémères&#xa0;: elles partent avec lui. Pour les garder, montez un stockage venu de l’extérieur. Les quatre emplacements comparés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="95"/>
        <source>A volume that a container uses, even a stopped one, cannot be removed: stop and remove that container first. «docker volume prune» removes the volumes no container uses.</source>
        <translation>Un volume utilisé par un conteneur, même arrêté, ne peut pas être supprimé&#xa0;: arrêtez puis supprimez d’abord ce conteneur. «&#xa0;docker volume prune&#xa0;» supprime les volumes qu’aucun conteneur n’utilise.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="103"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../models/networkmodel.cpp" line="53"/>
        <source>Predefined network: it can&apos;t be removed</source>
        <translation>Réseau prédéfini&#xa0;: il ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="85"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="86"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="87"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="88"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="89"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="90"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="119"/>
        <source>Could not list networks</source>
        <translation>Impossible de lister les réseaux</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="143"/>
        <source>Could not read network %1</source>
        <translation>Impossible de lire le réseau %1</translation>
    </message>
</context>
<context>
    <name>NetworksView</name>
    <message>
        <location filename="../views/networksview.cpp" line="18"/>
        <source>Filter networks…</source>
        <translation>Filtrer les réseaux…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="19"/>
        <source>Filter networks</source>
        <translation>Filtrer les réseaux</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="20"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="21"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="22"/>
        <source>Remove the selected networks (Delete). The predefined networks bridge, host and none cannot be removed.</source>
        <translation>Supprimer les réseaux sélectionnés (Suppr). Les réseaux prédéfinis bridge, host et none ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="34"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="63"/>
        <source>Remove network «%1»?</source>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networksview.cpp" line="64"/>
        <source>Remove %n networks?</source>
        <translation>
            <numerusform>Supprimer %n réseau&#x202f;?</numerusform>
            <numerusform>Supprimer %n réseaux&#x202f;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quai</name>
    <message>
        <location filename="../docker/action.cpp" line="62"/>
        <source>Start container «%1»</source>
        <translation>Démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="63"/>
        <source>Could not start container «%1»</source>
        <translation>Impossible de démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="69"/>
        <source>Stop container «%1»</source>
        <translation>Arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="70"/>
        <source>Could not stop container «%1»</source>
        <translation>Impossible d&apos;arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="76"/>
        <source>Restart container «%1»</source>
        <translation>Redémarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="77"/>
        <source>Could not restart container «%1»</source>
        <translation>Impossible de redémarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="84"/>
        <source>Remove container «%1»</source>
        <translation>Supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="85"/>
        <source>Could not remove container «%1»</source>
        <translation>Impossible de supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="93"/>
        <source>Container «%1»</source>
        <translation>Conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="95"/>
        <source>The anonymous volumes of container «%1»</source>
        <translation>Les volumes anonymes du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="104"/>
        <source>Remove volume «%1»</source>
        <translation>Supprimer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="105"/>
        <source>Could not remove volume «%1»</source>
        <translation>Impossible de supprimer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="111"/>
        <source>Volume «%1» and all its data</source>
        <translation>Le volume «&#xa0;%1&#xa0;» et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="120"/>
        <source>Remove network «%1»</source>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="121"/>
        <source>Could not remove network «%1»</source>
        <translation>Impossible de supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="124"/>
        <source>Network «%1»</source>
        <translation>Réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="144"/>
        <source>Remove image «%1»</source>
        <translation>Supprimer l&apos;image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="145"/>
        <source>Could not remove image «%1»</source>
        <translation>Impossible de supprimer l&apos;image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="151"/>
        <source>Image «%1»</source>
        <translation>Image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="181"/>
        <source>Create an anonymous volume</source>
        <translation>Créer un volume anonyme</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="182"/>
        <source>Could not create an anonymous volume</source>
        <translation>Impossible de créer un volume anonyme</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="184"/>
        <source>Create volume «%1»</source>
        <translation>Créer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="185"/>
        <source>Could not create volume «%1»</source>
        <translation>Impossible de créer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="215"/>
        <source>Remove all unused volumes</source>
        <translation>Supprimer tous les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="215"/>
        <source>Remove unused volumes</source>
        <translation>Supprimer les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="216"/>
        <source>Could not prune volumes</source>
        <translation>Impossible de nettoyer les volumes</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="225"/>
        <source>Every unused volume and all its data</source>
        <translation>Chaque volume inutilisé et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="226"/>
        <source>Unused volumes and all their data</source>
        <translation>Les volumes inutilisés et toutes leurs données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="240"/>
        <source>Run a container from «%1»</source>
        <translation>Lancer un conteneur à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="241"/>
        <location filename="../docker/action.cpp" line="244"/>
        <source>Could not create a container from «%1»</source>
        <translation>Impossible de créer un conteneur à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="243"/>
        <source>Create a container from «%1»</source>
        <translation>Créer un conteneur à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="269"/>
        <source>Pause container «%1»</source>
        <translation>Suspendre le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="270"/>
        <source>Could not pause container «%1»</source>
        <translation>Impossible de suspendre le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="276"/>
        <source>Unpause container «%1»</source>
        <translation>Reprendre le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="277"/>
        <source>Could not unpause container «%1»</source>
        <translation>Impossible de reprendre le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="284"/>
        <source>Kill container «%1»</source>
        <translation>Tuer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="285"/>
        <source>Could not kill container «%1»</source>
        <translation>Impossible de tuer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="301"/>
        <source>Rename container «%1» to «%2»</source>
        <translation>Renommer le conteneur «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="302"/>
        <source>Could not rename container «%1» to «%2»</source>
        <translation>Impossible de renommer le conteneur «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="33"/>
        <source>the bindings of «%1» should be a list</source>
        <translation>les liaisons de «&#xa0;%1&#xa0;» devraient être une liste</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="94"/>
        <source>Could not read a container</source>
        <translation>Impossible de lire un conteneur</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="101"/>
        <source>Could not read the container list</source>
        <translation>Impossible de lire la liste des conteneurs</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="42"/>
        <source>The engine address is empty</source>
        <translation>L&apos;adresse du moteur est vide</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="53"/>
        <source>The engine address «%1» has no socket path</source>
        <translation>L&apos;adresse du moteur «&#xa0;%1&#xa0;» n&apos;indique pas de chemin de socket</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="63"/>
        <source>The engine address «%1» uses ssh://, which Quai does not support yet; forward the engine&apos;s socket and use unix:// or tcp:// instead</source>
        <translation>L&apos;adresse du moteur «&#xa0;%1&#xa0;» utilise ssh://, que Quai ne prend pas encore en charge&#x202f;; redirigez le socket du moteur et utilisez plutôt unix:// ou tcp://</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="69"/>
        <source>The engine address «%1» has an unsupported scheme «%2»; use unix://, tcp://, http:// or https://</source>
        <translation>L&apos;adresse du moteur «&#xa0;%1&#xa0;» a un schéma non pris en charge «&#xa0;%2&#xa0;»&#x202f;; utilisez unix://, tcp://, http:// ou https://</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="77"/>
        <source>The engine address «%1» is not a valid host and port</source>
        <translation>L&apos;adresse du moteur «&#xa0;%1&#xa0;» n&apos;est pas un hôte et un port valides</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="82"/>
        <source>The engine address «%1» has a path «%2»; Quai needs only host and port</source>
        <translation>L&apos;adresse du moteur «&#xa0;%1&#xa0;» contient un chemin «&#xa0;%2&#xa0;»&#x202f;; Quai n&apos;a besoin que de l&apos;hôte et du port</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="88"/>
        <source>The engine address «%1» has an empty port</source>
        <translation>Le port de l&apos;adresse du moteur «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="149"/>
        <location filename="../docker/endpoint.cpp" line="152"/>
        <location filename="../docker/endpoint.cpp" line="272"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="154"/>
        <source>Could not read %1: expected an object</source>
        <translation>Impossible de lire %1&#xa0;: un objet était attendu</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="175"/>
        <source>Docker context «%1» does not exist (no %2)</source>
        <translation>Le contexte docker «&#xa0;%1&#xa0;» n&apos;existe pas (pas de %2)</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="178"/>
        <location filename="../docker/endpoint.cpp" line="187"/>
        <location filename="../docker/endpoint.cpp" line="189"/>
        <source>Docker context «%1» is unreadable: %2</source>
        <translation>Le contexte docker «&#xa0;%1&#xa0;» est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="193"/>
        <source>Docker context «%1» has no docker endpoint</source>
        <translation>Le contexte docker «&#xa0;%1&#xa0;» n&apos;a pas de point de connexion docker</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="197"/>
        <source>Docker context «%1»: %2</source>
        <translation>Contexte docker «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="213"/>
        <source>context «%1»</source>
        <translation>contexte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="82"/>
        <source>there is no socket at %1: is the engine running?</source>
        <translation>il n&apos;y a pas de socket à %1&#xa0;: le moteur est-il démarré&#x202f;?</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="84"/>
        <source>permission denied on %1: is your user in the docker group?</source>
        <translation>permission refusée sur %1&#xa0;: votre utilisateur fait-il partie du groupe docker&#x202f;?</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="163"/>
        <source>Could not reach the engine at %1</source>
        <translation>Impossible de joindre le moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="208"/>
        <source>Could not read the engine&apos;s version at %1</source>
        <translation>Impossible de lire la version du moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="184"/>
        <source>The engine at %1 is too old</source>
        <translation>Le moteur à %1 est trop ancien</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="186"/>
        <source>it speaks API %1; Quai needs %2 or newer</source>
        <translation>il parle l&apos;API %1&#x202f;; Quai a besoin de %2 ou plus récente</translation>
    </message>
    <message>
        <location filename="../docker/engineerror.cpp" line="9"/>
        <location filename="../docker/request.cpp" line="98"/>
        <source>no answer from the engine</source>
        <translation>pas de réponse du moteur</translation>
    </message>
    <message>
        <location filename="../docker/engineerror.cpp" line="13"/>
        <location filename="../docker/jsonread.h" line="49"/>
        <location filename="../docker/jsonread.h" line="51"/>
        <location filename="../docker/jsonread.h" line="105"/>
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../docker/engineerror.cpp" line="16"/>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <location filename="../docker/engineinfo.cpp" line="13"/>
        <source>Could not read the engine&apos;s version</source>
        <translation>Impossible de lire la version du moteur</translation>
    </message>
    <message>
        <location filename="../docker/engineinfo.cpp" line="25"/>
        <source>the answer has no «ApiVersion»</source>
        <translation>la réponse ne contient pas «&#xa0;ApiVersion&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/enginesession.cpp" line="71"/>
        <source>Lost the connection to the engine at %1</source>
        <translation>Connexion perdue avec le moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/enginesession.cpp" line="74"/>
        <source>the engine closed the event stream</source>
        <translation>le moteur a fermé le flux d&apos;événements</translation>
    </message>
    <message>
        <location filename="../docker/event.cpp" line="39"/>
        <source>the event has no action</source>
        <translation>l&apos;événement n&apos;a pas d&apos;action</translation>
    </message>
    <message>
        <location filename="../docker/event.cpp" line="53"/>
        <location filename="../docker/event.cpp" line="58"/>
        <source>Could not read an engine event</source>
        <translation>Impossible de lire un événement du moteur</translation>
    </message>
    <message>
        <location filename="../docker/eventdecoder.cpp" line="44"/>
        <source>An engine event was longer than %1 bytes; it was dropped</source>
        <translation>Un événement du moteur dépassait %1 octets&#x202f;; il a été ignoré</translation>
    </message>
    <message>
        <location filename="../docker/image.cpp" line="61"/>
        <source>Could not read an image</source>
        <translation>Impossible de lire une image</translation>
    </message>
    <message>
        <location filename="../docker/image.cpp" line="66"/>
        <source>Could not read the image</source>
        <translation>Impossible de lire l&apos;image</translation>
    </message>
    <message>
        <location filename="../docker/image.cpp" line="72"/>
        <source>Could not read the image list</source>
        <translation>Impossible de lire la liste des images</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="23"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="24"/>
        <location filename="../docker/jsonread.cpp" line="149"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="25"/>
        <location filename="../docker/jsonread.cpp" line="159"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="26"/>
        <location filename="../docker/jsonread.cpp" line="78"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="27"/>
        <location filename="../docker/jsonread.cpp" line="103"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="30"/>
        <location filename="../docker/jsonread.cpp" line="94"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="34"/>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="39"/>
        <source>field «%1» should be %2, not %3</source>
        <translation>le champ «&#xa0;%1&#xa0;» devrait être %2, et non %3</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="50"/>
        <source>expected an object around field «%1», not %2</source>
        <translation>un objet était attendu autour du champ «&#xa0;%1&#xa0;», et non %2</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="113"/>
        <location filename="../docker/jsonread.cpp" line="120"/>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="132"/>
        <location filename="../docker/jsonread.cpp" line="137"/>
        <source>an object of strings</source>
        <translation>un objet de chaînes</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="171"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="177"/>
        <source>field «%1» should be an RFC 3339 date, not «%2»</source>
        <translation>le champ «&#xa0;%1&#xa0;» devrait être une date RFC 3339, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="188"/>
        <source>expected an object, not %1</source>
        <translation>un objet était attendu, et non %1</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="194"/>
        <source>expected a list, not %1</source>
        <translation>une liste était attendue, et non %1</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="199"/>
        <source>item %1: %2</source>
        <translation>élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="204"/>
        <source>in «%1»: %2</source>
        <translation>dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="210"/>
        <source>the engine sent an empty answer</source>
        <translation>le moteur a envoyé une réponse vide</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="214"/>
        <source>the engine sent malformed JSON (%1)</source>
        <translation>le moteur a envoyé du JSON mal formé (%1)</translation>
    </message>
    <message>
        <location filename="../docker/mount.cpp" line="8"/>
        <source>Could not read a mount</source>
        <translation>Impossible de lire un montage</translation>
    </message>
    <message>
        <location filename="../docker/network.cpp" line="92"/>
        <source>Could not read a network</source>
        <translation>Impossible de lire un réseau</translation>
    </message>
    <message>
        <location filename="../docker/network.cpp" line="97"/>
        <source>Could not read the network</source>
        <translation>Impossible de lire le réseau</translation>
    </message>
    <message>
        <location filename="../docker/network.cpp" line="103"/>
        <source>Could not read the network list</source>
        <translation>Impossible de lire la liste des réseaux</translation>
    </message>
    <message>
        <location filename="../docker/portbinding.cpp" line="21"/>
        <source>Could not read a port</source>
        <translation>Impossible de lire un port</translation>
    </message>
    <message>
        <location filename="../docker/request.cpp" line="98"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../docker/volume.cpp" line="37"/>
        <source>Could not read a volume</source>
        <translation>Impossible de lire un volume</translation>
    </message>
    <message>
        <location filename="../docker/volume.cpp" line="42"/>
        <source>Could not read the volume</source>
        <translation>Impossible de lire le volume</translation>
    </message>
    <message>
        <location filename="../docker/volume.cpp" line="49"/>
        <source>Could not read the volume list</source>
        <translation>Impossible de lire la liste des volumes</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="58"/>
        <source>Import the empty helper image %1</source>
        <translation>Importer l’image auxiliaire vide %1</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="59"/>
        <source>Could not import the empty helper image %1</source>
        <translation>Impossible d’importer l’image auxiliaire vide %1</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="93"/>
        <source>Create a read-only helper to browse volume «%1»</source>
        <translation>Créer un conteneur auxiliaire en lecture seule pour parcourir le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="94"/>
        <source>Create a helper to write into volume «%1»</source>
        <translation>Créer un conteneur auxiliaire pour écrire dans le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="95"/>
        <source>Could not create a helper container for volume «%1»</source>
        <translation>Impossible de créer un conteneur auxiliaire pour le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="113"/>
        <source>Remove the helper container «%1»</source>
        <translation>Supprimer le conteneur auxiliaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="114"/>
        <source>Could not remove the helper container «%1»</source>
        <translation>Impossible de supprimer le conteneur auxiliaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="119"/>
        <source>Helper container «%1» (the volume stays)</source>
        <translation>Conteneur auxiliaire «&#xa0;%1&#xa0;» (le volume reste)</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="129"/>
        <source>Read «%1» from the volume</source>
        <translation>Lire «&#xa0;%1&#xa0;» dans le volume</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="130"/>
        <source>Could not read «%1» from the volume</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans le volume</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="146"/>
        <source>Upload «%1» into «%2»</source>
        <translation>Envoyer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../docker/browseractions.cpp" line="147"/>
        <source>Upload %n items into «%1»</source>
        <translation>
            <numerusform>Envoyer %n élément dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Envoyer %n éléments dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="148"/>
        <source>Could not upload into «%1»</source>
        <translation>Impossible d’envoyer dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="10"/>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="18"/>
        <source>%1: the key is empty.</source>
        <translation>%1&#xa0;: la clé est vide.</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="20"/>
        <source>%1: the key «%2» must not contain «=».</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» ne doit pas contenir «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="23"/>
        <source>%1: the key «%2» must not contain spaces.</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="32"/>
        <source>%1: «%2» is not of the form key=value.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="55"/>
        <source>%1: the key «%2» is given twice.</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» est donnée deux fois.</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="157"/>
        <source>The archive is cut short inside a header at byte %1</source>
        <translation>L’archive s’interrompt au milieu d’un en-tête, à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="160"/>
        <source>The archive ends after an extended header, without its member</source>
        <translation>L’archive se termine après un en-tête étendu, sans le membre qui le suit</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="168"/>
        <source>The archive is cut short inside «%1» at byte %2: %3 bytes are missing</source>
        <translation>L’archive s’interrompt dans «&#xa0;%1&#xa0;» à l’octet %2&#xa0;: il manque %3 octets</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="169"/>
        <source>an extended header</source>
        <translation>un en-tête étendu</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="186"/>
        <source>Unreadable checksum in the tar header at byte %1</source>
        <translation>Somme de contrôle illisible dans l’en-tête tar à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="198"/>
        <source>Bad checksum in the tar header at byte %1: this is not a tar archive, or it is damaged</source>
        <translation>Somme de contrôle incorrecte dans l’en-tête tar à l’octet %1&#xa0;: ce n’est pas une archive tar, ou elle est abîmée</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="207"/>
        <source>Unreadable number in the tar header at byte %1</source>
        <translation>Nombre illisible dans l’en-tête tar à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="214"/>
        <source>An extended tar header at byte %1 claims %2 bytes; at most %3 are accepted</source>
        <translation>Un en-tête tar étendu à l’octet %1 annonce %2 octets&#x202f;; %3 au plus sont acceptés</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="237"/>
        <source>The tar header at byte %1 claims an impossible size of %2 bytes</source>
        <translation>L’en-tête tar à l’octet %1 annonce une taille impossible de %2 octets</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="285"/>
        <source>A member of the archive at byte %1 has no name</source>
        <translation>Un membre de l’archive à l’octet %1 n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="330"/>
        <source>An empty long name in the archive at byte %1</source>
        <translation>Un nom long vide dans l’archive à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="361"/>
        <location filename="../docker/tarreader.cpp" line="368"/>
        <source>A malformed pax header in the archive near byte %1</source>
        <translation>Un en-tête pax mal formé dans l’archive vers l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="383"/>
        <source>A pax header gives an unreadable size «%1»</source>
        <translation>Un en-tête pax donne une taille illisible «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="24"/>
        <source>Name: must start with a letter or a digit, not «%1».</source>
        <translation>Nom&#xa0;: doit commencer par une lettre ou un chiffre, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="28"/>
        <source>Name: «%1» (character %2) is not allowed; use letters, digits, «_», «.» or «-».</source>
        <translation>Nom&#xa0;: «&#xa0;%1&#xa0;» (caractère %2) n’est pas permis&#x202f;; utilisez des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="30"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="34"/>
        <source>Name: must be at least two characters long, or empty for an anonymous volume.</source>
        <translation>Nom&#xa0;: au moins deux caractères, ou vide pour un volume anonyme.</translation>
    </message>
    <message>
        <location filename="../docker/volumeprune.cpp" line="58"/>
        <source>Could not read the prune report</source>
        <translation>Impossible de lire le rapport de nettoyage</translation>
    </message>
    <message>
        <location filename="../models/mountmapdata.cpp" line="90"/>
        <source>Could not read the container&apos;s mounts: %1</source>
        <translation>Impossible de lire les montages du conteneur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../docker/logdemuxer.cpp" line="70"/>
        <source>The log stream has a frame header that is not one: bytes %1</source>
        <translation>Le flux de journaux contient un en-tête de trame invalide&#x202f;: octets %1</translation>
    </message>
    <message>
        <location filename="../docker/logdemuxer.cpp" line="75"/>
        <source>The log stream announces a frame of %1 bytes, more than the %2 a log frame can be</source>
        <translation>Le flux de journaux annonce une trame de %1 octets, plus que les %2 que peut faire une trame de journal</translation>
    </message>
    <message>
        <location filename="../docker/logdemuxer.cpp" line="96"/>
        <source>The log stream ended in the middle of a frame</source>
        <translation>Le flux de journaux s’est interrompu au milieu d’une trame</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="121"/>
        <source>Port «%1»: unclosed «[».</source>
        <translation>Port «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;[&#xa0;» non fermé.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="126"/>
        <source>Port «%1»: a host address needs a host port field.</source>
        <translation>Port «&#xa0;%1&#xa0;»&#xa0;: une adresse d’hôte demande un champ de port d’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="142"/>
        <source>Port «%1»: too many «:».</source>
        <translation>Port «&#xa0;%1&#xa0;»&#xa0;: trop de «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="165"/>
        <source>Mount «%1»: unknown type «%2».</source>
        <translation>Montage «&#xa0;%1&#xa0;»&#xa0;: type «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="176"/>
        <source>Mount «%1»: bad size «%2».</source>
        <translation>Montage «&#xa0;%1&#xa0;»&#xa0;: taille «&#xa0;%2&#xa0;» incorrecte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="178"/>
        <source>Mount «%1»: unsupported field «%2».</source>
        <translation>Montage «&#xa0;%1&#xa0;»&#xa0;: champ «&#xa0;%2&#xa0;» non pris en charge.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="182"/>
        <source>Mount «%1»: no type.</source>
        <translation>Montage «&#xa0;%1&#xa0;»&#xa0;: aucun type.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="225"/>
        <source>Image: choose an image.</source>
        <translation>Image&#xa0;: choisissez une image.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="227"/>
        <source>Image: «%1» must not contain spaces.</source>
        <translation>Image&#xa0;: «&#xa0;%1&#xa0;» ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="229"/>
        <source>Name: «%1» is not allowed; use letters, digits, «_», «.» and «-», starting with a letter or digit, at least two characters.</source>
        <translation>Nom&#xa0;: «&#xa0;%1&#xa0;» n’est pas autorisé&#xa0;; utilisez des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre, au moins deux caractères.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="233"/>
        <source>Entrypoint: docker takes a single word here; put the arguments in the command.</source>
        <translation>Point d’entrée&#xa0;: docker n’accepte ici qu’un seul mot&#xa0;; mettez les arguments dans la commande.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="236"/>
        <source>Working directory: «%1» must be an absolute path.</source>
        <translation>Répertoire de travail&#xa0;: «&#xa0;%1&#xa0;» doit être un chemin absolu.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="240"/>
        <source>Environment: «%1» is not KEY=VALUE.</source>
        <translation>Environnement&#xa0;: «&#xa0;%1&#xa0;» n’est pas de la forme CLÉ=VALEUR.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="246"/>
        <source>Labels: «%1» is not a valid key.</source>
        <translation>Étiquettes&#xa0;: «&#xa0;%1&#xa0;» n’est pas une clé valide.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="251"/>
        <source>Restart policy: a container removed when it stops cannot be restarted; turn one of them off.</source>
        <translation>Politique de redémarrage&#xa0;: un conteneur supprimé à son arrêt ne peut pas être redémarré&#xa0;; désactivez l’un des deux.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="254"/>
        <source>Restart policy: retries only apply to «on-failure», and cannot be negative.</source>
        <translation>Politique de redémarrage&#xa0;: les tentatives ne s’appliquent qu’à «&#xa0;on-failure&#xa0;» et ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="258"/>
        <source>Ports: with the host network the container uses the host&apos;s ports directly; publishing does not apply.</source>
        <translation>Ports&#xa0;: avec le réseau de l’hôte, le conteneur utilise directement les ports de l’hôte&#xa0;; la publication ne s’applique pas.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="266"/>
        <source>Ports, row %1: container port «%2» must be a number from 1 to 65535, or a range like 8000-8010.</source>
        <translation>Ports, ligne %1&#xa0;: le port du conteneur «&#xa0;%2&#xa0;» doit être un nombre de 1 à 65535, ou une plage comme 8000-8010.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="273"/>
        <source>Ports, row %1: protocol «%2» is not tcp, udp or sctp.</source>
        <translation>Ports, ligne %1&#xa0;: le protocole «&#xa0;%2&#xa0;» n’est ni tcp, ni udp, ni sctp.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="278"/>
        <source>Ports, row %1: «%2» is not an IP address.</source>
        <translation>Ports, ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="285"/>
        <source>Ports, row %1: host port «%2» must be a number from 1 to 65535, or a range like 8000-8010.</source>
        <translation>Ports, ligne %1&#xa0;: le port de l’hôte «&#xa0;%2&#xa0;» doit être un nombre de 1 à 65535, ou une plage comme 8000-8010.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="291"/>
        <source>Ports, row %1: the host range and the container range must have the same length.</source>
        <translation>Ports, ligne %1&#xa0;: la plage de l’hôte et celle du conteneur doivent avoir la même longueur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="302"/>
        <source>Ports, row %1: host port %2 is already used by another row.</source>
        <translation>Ports, ligne %1&#xa0;: le port de l’hôte %2 est déjà pris par une autre ligne.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="314"/>
        <source>Mounts, row %1: the target «%2» must be an absolute path in the container.</source>
        <translation>Montages, ligne %1&#xa0;: la cible «&#xa0;%2&#xa0;» doit être un chemin absolu dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="319"/>
        <source>Mounts, row %1: paths with «,» cannot be written with --mount.</source>
        <translation>Montages, ligne %1&#xa0;: les chemins contenant «&#xa0;,&#xa0;» ne peuvent pas s’écrire avec --mount.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="324"/>
        <source>Mounts, row %1: «%2» is already the target of another mount.</source>
        <translation>Montages, ligne %1&#xa0;: «&#xa0;%2&#xa0;» est déjà la cible d’un autre montage.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="330"/>
        <source>Mounts, row %1: a bind mount needs an absolute host path.</source>
        <translation>Montages, ligne %1&#xa0;: un montage bind demande un chemin absolu sur l’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="334"/>
        <source>Mounts, row %1: «%2» is not a valid volume name.</source>
        <translation>Montages, ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom de volume valide.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="338"/>
        <source>Mounts, row %1: an anonymous volume cannot be read-only; name the volume or untick read-only.</source>
        <translation>Montages, ligne %1&#xa0;: un volume anonyme ne peut pas être en lecture seule&#xa0;; nommez le volume ou décochez «&#xa0;lecture seule&#xa0;».</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="341"/>
        <source>Mounts, row %1: the size must be positive.</source>
        <translation>Montages, ligne %1&#xa0;: la taille doit être positive.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="346"/>
        <source>Network: choose a network.</source>
        <translation>Réseau&#xa0;: choisissez un réseau.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="349"/>
        <source>Aliases: only a named network gives a container aliases.</source>
        <translation>Alias&#xa0;: seul un réseau nommé donne des alias à un conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="352"/>
        <source>Aliases: «%1» is not a valid host name.</source>
        <translation>Alias&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="358"/>
        <source>IPv4 address: only a named network takes a fixed address.</source>
        <translation>Adresse IPv4&#xa0;: seul un réseau nommé accepte une adresse fixe.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="360"/>
        <source>IPv4 address: «%1» is not an IPv4 address.</source>
        <translation>Adresse IPv4&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="524"/>
        <source>Not a «docker run» or «docker create» command.</source>
        <translation>Ce n’est pas une commande «&#xa0;docker run&#xa0;» ni «&#xa0;docker create&#xa0;».</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="554"/>
        <location filename="../docker/runspec.cpp" line="661"/>
        <source>Unsupported option «%1».</source>
        <translation>Option «&#xa0;%1&#xa0;» non prise en charge.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="582"/>
        <location filename="../docker/runspec.cpp" line="586"/>
        <location filename="../docker/runspec.cpp" line="593"/>
        <location filename="../docker/runspec.cpp" line="600"/>
        <location filename="../docker/runspec.cpp" line="613"/>
        <location filename="../docker/runspec.cpp" line="617"/>
        <location filename="../docker/runspec.cpp" line="621"/>
        <location filename="../docker/runspec.cpp" line="625"/>
        <location filename="../docker/runspec.cpp" line="630"/>
        <location filename="../docker/runspec.cpp" line="650"/>
        <location filename="../docker/runspec.cpp" line="654"/>
        <location filename="../docker/runspec.cpp" line="658"/>
        <source>Option «%1» needs a value.</source>
        <translation>L’option «&#xa0;%1&#xa0;» demande une valeur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="641"/>
        <location filename="../docker/runspec.cpp" line="646"/>
        <source>Unknown restart policy «%1».</source>
        <translation>Politique de redémarrage «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="665"/>
        <source>No image named.</source>
        <translation>Aucune image indiquée.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="695"/>
        <source>A «\» ends the text with nothing to escape.</source>
        <translation>Un «&#xa0;\&#xa0;» termine le texte sans rien à échapper.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="722"/>
        <source>A single quote «&apos;» is not closed.</source>
        <translation>Une apostrophe «&#xa0;&apos;&#xa0;» n’est pas fermée.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="724"/>
        <source>A double quote «&quot;» is not closed.</source>
        <translation>Un guillemet «&#xa0;&quot;&#xa0;» n’est pas fermé.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="762"/>
        <source>«/» is the host&apos;s whole file system: the container can read and change every file on the host.</source>
        <translation>«&#xa0;/&#xa0;» est tout le système de fichiers de l’hôte&#xa0;: le conteneur peut lire et modifier chaque fichier de l’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="765"/>
        <source>«/etc» holds the host&apos;s configuration, users and password hashes: the container can read them and, unless read-only, change them.</source>
        <translation>«&#xa0;/etc&#xa0;» contient la configuration de l’hôte, ses utilisateurs et les empreintes de leurs mots de passe&#xa0;: le conteneur peut les lire et, sauf en lecture seule, les modifier.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="769"/>
        <source>The engine&apos;s socket gives the container full control of the engine, which means root on the host.</source>
        <translation>Le socket du moteur donne au conteneur le contrôle total du moteur, c’est-à-dire les droits root sur l’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="774"/>
        <source>The home folder holds your files, SSH keys and credentials: the container can read them and, unless read-only, change them.</source>
        <translation>Le dossier personnel contient vos fichiers, vos clés SSH et vos identifiants&#xa0;: le conteneur peut les lire et, sauf en lecture seule, les modifier.</translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message>
        <location filename="../views/resourceview.cpp" line="42"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../views/resourceview.cpp" line="43"/>
        <source>Show only rows containing this text (Ctrl+F)</source>
        <translation>Afficher seulement les lignes contenant ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/resourceview.cpp" line="48"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../views/rundialog.cpp" line="90"/>
        <source>Volume: storage the engine manages; it outlives the container. Pick one or type a new name (empty: an anonymous volume).</source>
        <translation>Volume&#xa0;: un stockage géré par le moteur, qui survit au conteneur. Choisissez-en un ou tapez un nouveau nom (vide&#xa0;: un volume anonyme).</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="93"/>
        <source>Bind: a folder of the engine&apos;s host, seen live inside the container.</source>
        <translation>Bind&#xa0;: un dossier de l’hôte du moteur, vu en direct dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="95"/>
        <source>tmpfs: memory only; its content is gone when the container stops.</source>
        <translation>tmpfs&#xa0;: en mémoire seulement&#xa0;; son contenu disparaît quand le conteneur s’arrête.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="106"/>
        <source>Run a container</source>
        <translation>Lancer un conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="113"/>
        <location filename="../views/rundialog.cpp" line="117"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="118"/>
        <source>A local image and its tag, e.g. alpine:3.19.</source>
        <translation>Une image locale et son tag, par exemple alpine:3.19.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="119"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="130"/>
        <source>Container settings</source>
        <translation>Réglages du conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="135"/>
        <source>docker command</source>
        <translation>Commande docker</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="141"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="145"/>
        <location filename="../views/rundialog.cpp" line="146"/>
        <location filename="../views/rundialog.cpp" line="812"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="148"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="154"/>
        <source>Same as:</source>
        <translation>Équivaut à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="179"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="187"/>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="187"/>
        <source>Empty: the engine picks a name</source>
        <translation>Vide&#xa0;: le moteur choisit un nom</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="188"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="188"/>
        <source>Empty: the image&apos;s default command</source>
        <translation>Vide&#xa0;: la commande par défaut de l’image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="189"/>
        <source>Split like a shell does: quotes and backslashes group words; nothing is expanded.</source>
        <translation>Découpée comme le fait un shell&#xa0;: les guillemets et les barres obliques inverses regroupent les mots&#xa0;; rien n’est développé.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="193"/>
        <source>Command words</source>
        <translation>Mots de la commande</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="194"/>
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="194"/>
        <source>Empty: the image&apos;s entrypoint</source>
        <translation>Vide&#xa0;: le point d’entrée de l’image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="195"/>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="195"/>
        <source>Empty: the image&apos;s</source>
        <translation>Vide&#xa0;: celui de l’image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="196"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="196"/>
        <source>user, uid or uid:gid</source>
        <translation>utilisateur, uid ou uid:gid</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="198"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="199"/>
        <source>One KEY=VALUE per line; pasting several lines works.</source>
        <translation>Une paire CLÉ=VALEUR par ligne&#xa0;; vous pouvez coller plusieurs lignes.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="202"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="203"/>
        <source>One key=value per line.</source>
        <translation>Une paire clé=valeur par ligne.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="207"/>
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="208"/>
        <source>Never (no)</source>
        <translation>Jamais (no)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="209"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="210"/>
        <source>Unless stopped by the user</source>
        <translation>Sauf si l’utilisateur l’a arrêté</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="211"/>
        <source>On failure</source>
        <translation>En cas d’échec</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="214"/>
        <source>Maximum retries</source>
        <translation>Nombre maximal de tentatives</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="215"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="218"/>
        <source>retries:</source>
        <translation>tentatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="227"/>
        <source>Remove when it stops (--rm)</source>
        <translation>Supprimer à l’arrêt (--rm)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="227"/>
        <source>The container and its anonymous volumes go when it exits.</source>
        <translation>Le conteneur et ses volumes anonymes sont supprimés quand il se termine.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="228"/>
        <source>Interactive (-i)</source>
        <translation>Interactif (-i)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="228"/>
        <source>Keep standard input open.</source>
        <translation>Garder l’entrée standard ouverte.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="229"/>
        <source>Terminal (-t)</source>
        <translation>Terminal (-t)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="229"/>
        <source>Give the container a terminal; output then comes as one raw stream.</source>
        <translation>Donner un terminal au conteneur&#xa0;; la sortie arrive alors en un seul flux brut.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="230"/>
        <source>Start it now (run; otherwise only create)</source>
        <translation>Le démarrer tout de suite (run&#xa0;; sinon, seulement le créer)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="230"/>
        <source>docker run creates and starts; docker create only creates.</source>
        <translation>docker run crée et démarre&#xa0;; docker create ne fait que créer.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="232"/>
        <source>Detached (-d)</source>
        <translation>Détaché (-d)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="232"/>
        <source>Without it, docker run would stay attached to the output; Quai shows it in the Logs tab either way.</source>
        <translation>Sans cette option, docker run resterait attaché à la sortie&#xa0;; Quai l’affiche de toute façon dans l’onglet Journaux.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="240"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="241"/>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="243"/>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Point d’entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="244"/>
        <source>&amp;Working directory:</source>
        <translation>Répertoire de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="245"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="246"/>
        <source>En&amp;vironment:</source>
        <translation>En&amp;vironnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="247"/>
        <source>&amp;Labels:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="248"/>
        <source>Restart:</source>
        <translation>Redémarrage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="265"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="267"/>
        <source>Each row publishes a container port on the engine&apos;s host: host address (empty: all), host port (empty: a random one), container port. Ranges such as 8000-8010 are allowed.</source>
        <translation>Chaque ligne publie un port du conteneur sur l’hôte du moteur&#xa0;: adresse de l’hôte (vide&#xa0;: toutes), port de l’hôte (vide&#xa0;: un port au hasard), port du conteneur. Les plages comme 8000-8010 sont acceptées.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="272"/>
        <source>Publish all exposed ports on random host ports (-P)</source>
        <translation>Publier tous les ports exposés sur des ports de l’hôte au hasard (-P)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="273"/>
        <source>Publish all</source>
        <translation>Tout publier</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="277"/>
        <location filename="../views/rundialog.cpp" line="278"/>
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="283"/>
        <source>The host network shares the host&apos;s network stack: the container uses the host&apos;s ports directly, so publishing does not apply.</source>
        <translation>Le réseau de l’hôte partage la pile réseau de l’hôte&#xa0;: le conteneur utilise directement les ports de l’hôte, la publication ne s’applique donc pas.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="290"/>
        <source>Port problem</source>
        <translation>Problème de port</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="314"/>
        <source>all addresses</source>
        <translation>toutes les adresses</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="315"/>
        <source>Host address</source>
        <translation>Adresse de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="317"/>
        <source>random</source>
        <translation>au hasard</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="318"/>
        <source>Host port</source>
        <translation>Port de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="320"/>
        <source>e.g. 80</source>
        <translation>par ex. 80</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="321"/>
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="325"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="327"/>
        <location filename="../views/rundialog.cpp" line="425"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="328"/>
        <source>Remove port row</source>
        <translation>Retirer la ligne de port</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="329"/>
        <location filename="../views/rundialog.cpp" line="526"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="333"/>
        <source>→ container</source>
        <translation>→ conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="373"/>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="380"/>
        <source>Add volume</source>
        <translation>Ajouter un volume</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="381"/>
        <source>Add bind mount</source>
        <translation>Ajouter un montage bind</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="382"/>
        <source>Add tmpfs</source>
        <translation>Ajouter un tmpfs</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="404"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="405"/>
        <source>bind</source>
        <translation>bind</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="406"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="408"/>
        <source>Mount type</source>
        <translation>Type de montage</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="411"/>
        <source>Mount source</source>
        <translation>Source du montage</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="413"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="414"/>
        <source>Choose a host folder</source>
        <translation>Choisir un dossier de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="416"/>
        <source>/path/in/container</source>
        <translation>/chemin/dans/le/conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="417"/>
        <source>Mount target</source>
        <translation>Cible du montage</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="418"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="420"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="422"/>
        <source>size, e.g. 64m</source>
        <translation>taille, par ex. 64m</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="423"/>
        <source>tmpfs size</source>
        <translation>Taille du tmpfs</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="426"/>
        <source>Remove mount row</source>
        <translation>Retirer la ligne de montage</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="467"/>
        <source>Host folder to mount</source>
        <translation>Dossier de l’hôte à monter</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="501"/>
        <source>volume name; empty: anonymous</source>
        <translation>nom du volume&#xa0;; vide&#xa0;: anonyme</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="503"/>
        <source>/absolute/host/path</source>
        <translation>/chemin/absolu/sur/l’hôte</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="512"/>
        <source>The engine is remote: type a path on its host.</source>
        <translation>Le moteur est distant&#xa0;: tapez un chemin sur son hôte.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="519"/>
        <location filename="../views/rundialog.cpp" line="528"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="522"/>
        <source>Network mode</source>
        <translation>Mode réseau</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="523"/>
        <source>Default bridge</source>
        <translation>Pont par défaut</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="524"/>
        <source>A named network</source>
        <translation>Un réseau nommé</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="525"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="530"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="531"/>
        <source>other names on this network, separated by spaces</source>
        <translation>autres noms sur ce réseau, séparés par des espaces</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="533"/>
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="534"/>
        <source>empty: the network assigns one</source>
        <translation>vide&#xa0;: le réseau en attribue une</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="537"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="539"/>
        <source>N&amp;etwork:</source>
        <translation>Rés&amp;eau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="540"/>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="541"/>
        <source>IPv&amp;4 address:</source>
        <translation>Adresse IPv&amp;4&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="690"/>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="692"/>
        <source>Entrypoint: %1</source>
        <translation>Point d’entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="717"/>
        <source>Ports, row %1: host port %2 is already in use on this machine.</source>
        <translation>Ports, ligne %1&#xa0;: le port de l’hôte %2 est déjà utilisé sur cette machine.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="794"/>
        <source>The engine&apos;s default bridge: outgoing access, and reachable from the host through published ports.</source>
        <translation>Le pont par défaut du moteur&#xa0;: accès sortant, et joignable depuis l’hôte par les ports publiés.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="798"/>
        <source>A user network: containers on it reach each other by name and by alias.</source>
        <translation>Un réseau utilisateur&#xa0;: les conteneurs qui y sont se joignent par leur nom et leurs alias.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="802"/>
        <source>No network at all: the container is fully isolated, with only a loopback interface.</source>
        <translation>Aucun réseau&#xa0;: le conteneur est totalement isolé, avec seulement une interface de bouclage.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="806"/>
        <source>Shares the host&apos;s network stack: no isolation, and ports don&apos;t apply.</source>
        <translation>Partage la pile réseau de l’hôte&#xa0;: aucune isolation, et les ports ne s’appliquent pas.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="812"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="812"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rundialog.cpp" line="818"/>
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n mot&#xa0;: %1</numerusform>
            <numerusform>%n mots&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="834"/>
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="893"/>
        <source>«%1» → «%2»: %3</source>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="899"/>
        <source>Mount a sensitive host path?</source>
        <translation>Monter un chemin sensible de l’hôte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="900"/>
        <source>This container would see sensitive parts of the host:</source>
        <translation>Ce conteneur verrait des parties sensibles de l’hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="903"/>
        <location filename="../views/rundialog.cpp" line="904"/>
        <source>Mount it anyway</source>
        <translation>Le monter quand même</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="913"/>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="932"/>
        <source>Created container «%1».</source>
        <translation>Conteneur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="949"/>
        <source>The container «%1» was created but is not running.</source>
        <translation>Le conteneur «&#xa0;%1&#xa0;» a été créé mais ne tourne pas.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="959"/>
        <source>Started container «%1».</source>
        <translation>Conteneur «&#xa0;%1&#xa0;» démarré.</translation>
    </message>
</context>
<context>
    <name>UnreachablePage</name>
    <message>
        <location filename="../views/unreachablepage.cpp" line="29"/>
        <location filename="../views/unreachablepage.cpp" line="57"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="32"/>
        <source>Engine unreachable</source>
        <translation>Moteur injoignable</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="36"/>
        <source>Quai cannot reach the Docker engine</source>
        <translation>Quai ne parvient pas à joindre le moteur Docker</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="43"/>
        <source>Endpoint tried</source>
        <translation>Point de connexion essayé</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="44"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="45"/>
        <source>How to start an engine</source>
        <translation>Comment démarrer un moteur</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="48"/>
        <source>&lt;p&gt;To start a local engine, run &lt;code&gt;sudo systemctl start docker&lt;/code&gt;, or &lt;code&gt;sudo dockerd&lt;/code&gt; where there is no systemd.&lt;/p&gt;&lt;p&gt;If the engine runs but the socket is refused, add yourself to the &lt;code&gt;docker&lt;/code&gt; group (&lt;code&gt;sudo usermod -aG docker $USER&lt;/code&gt;) and log in again.&lt;/p&gt;&lt;p&gt;To use another engine, set &lt;code&gt;DOCKER_HOST&lt;/code&gt; (for example &lt;code&gt;tcp://192.168.1.10:2375&lt;/code&gt;), choose a docker context, or start Quai with &lt;code&gt;--host&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Quai reconnects by itself as soon as the engine answers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour démarrer un moteur local, lancez &lt;code&gt;sudo systemctl start docker&lt;/code&gt;, ou &lt;code&gt;sudo dockerd&lt;/code&gt; s&apos;il n&apos;y a pas de systemd.&lt;/p&gt;&lt;p&gt;Si le moteur tourne mais que le socket est refusé, ajoutez-vous au groupe &lt;code&gt;docker&lt;/code&gt; (&lt;code&gt;sudo usermod -aG docker $USER&lt;/code&gt;) puis reconnectez-vous.&lt;/p&gt;&lt;p&gt;Pour utiliser un autre moteur, définissez &lt;code&gt;DOCKER_HOST&lt;/code&gt; (par exemple &lt;code&gt;tcp://192.168.1.10:2375&lt;/code&gt;), choisissez un contexte docker, ou lancez Quai avec &lt;code&gt;--host&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Quai se reconnecte tout seul dès que le moteur répond.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="56"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="58"/>
        <source>Try to reach the engine again now</source>
        <translation>Essayer de joindre le moteur dès maintenant</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="64"/>
        <source>Endpoint:</source>
        <translation>Point de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="65"/>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="132"/>
        <source>%1 (from %2)</source>
        <translation>%1 (issu de %2)</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="134"/>
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="142"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/unreachablepage.cpp" line="153"/>
        <source>Retrying in %n s…</source>
        <translation>
            <numerusform>Nouvel essai dans %n&#xa0;s…</numerusform>
            <numerusform>Nouvel essai dans %n&#xa0;s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="154"/>
        <source>Retrying…</source>
        <translation>Nouvel essai…</translation>
    </message>
</context>
<context>
    <name>VolumeBrowser</name>
    <message>
        <location filename="../models/volumebrowser.cpp" line="105"/>
        <source>The files add up to more than %1 MiB; upload fewer at a time</source>
        <translation>Les fichiers dépassent %1 Mio au total&#x202f;; envoyez-en moins à la fois</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="111"/>
        <location filename="../models/volumebrowser.cpp" line="116"/>
        <source>Could not read «%1»: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="137"/>
        <source>«%1» does not exist</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="195"/>
        <location filename="../models/volumebrowser.cpp" line="378"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="214"/>
        <location filename="../models/volumebrowser.cpp" line="227"/>
        <source>not connected to an engine</source>
        <translation>aucun moteur connecté</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="227"/>
        <source>Could not open volume «%1»</source>
        <translation>Impossible d’ouvrir le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="259"/>
        <source>The browser of volume «%1» is closed</source>
        <translation>Le navigateur du volume «&#xa0;%1&#xa0;» est fermé</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="329"/>
        <source>Could not look for the helper image %1</source>
        <translation>Impossible de chercher l’image auxiliaire %1</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="340"/>
        <source>The helper image %1 is missing after its import</source>
        <translation>L’image auxiliaire %1 est absente après son import</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="487"/>
        <source>«%1» is not a folder</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="523"/>
        <source>«%1» is a folder</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="525"/>
        <source>«%1» is a symbolic link to «%2»</source>
        <translation>«&#xa0;%1&#xa0;» est un lien symbolique vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="553"/>
        <source>«%1» is not a file: download it into a folder instead</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier&#xa0;: téléchargez-le plutôt dans un dossier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="558"/>
        <location filename="../models/volumebrowser.cpp" line="563"/>
        <location filename="../models/volumebrowser.cpp" line="569"/>
        <location filename="../models/volumebrowser.cpp" line="615"/>
        <location filename="../models/volumebrowser.cpp" line="635"/>
        <location filename="../models/volumebrowser.cpp" line="673"/>
        <location filename="../models/volumebrowser.cpp" line="677"/>
        <location filename="../models/volumebrowser.cpp" line="683"/>
        <source>Could not write «%1»: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="567"/>
        <source>the engine sent no file</source>
        <translation>le moteur n’a envoyé aucun fichier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="607"/>
        <source>Could not create the folder «%1»</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/volumebrowser.cpp" line="656"/>
        <source>%n item(s) could not be recreated here (links, devices or unsafe names)</source>
        <translation>
            <numerusform>%n élément n’a pas pu être recréé ici (lien, périphérique ou nom dangereux)</numerusform>
            <numerusform>%n éléments n’ont pas pu être recréés ici (liens, périphériques ou noms dangereux)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="707"/>
        <source>Nothing was uploaded to volume «%1»</source>
        <translation>Rien n’a été envoyé dans le volume «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VolumeBrowserDialog</name>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="55"/>
        <source>Files of volume «%1»</source>
        <translation>Fichiers du volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="66"/>
        <source>File actions</source>
        <translation>Actions sur les fichiers</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="69"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="71"/>
        <source>List the selected folder again (F5)</source>
        <translation>Relire le dossier sélectionné (F5)</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="73"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="75"/>
        <source>Save the selected file, or copy the selected folder into a local folder</source>
        <translation>Enregistrer le fichier sélectionné, ou copier le dossier sélectionné dans un dossier local</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="76"/>
        <source>Download as .tar…</source>
        <translation>Télécharger en .tar…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="77"/>
        <source>Save the selection as a tar archive, as the engine sends it</source>
        <translation>Enregistrer la sélection comme archive tar, telle que le moteur l’envoie</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="78"/>
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="80"/>
        <source>Copy local files into the selected folder of the volume</source>
        <translation>Copier des fichiers locaux dans le dossier sélectionné du volume</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="83"/>
        <source>Path in the volume</source>
        <translation>Chemin dans le volume</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="84"/>
        <source>Where the selection is, as the helper container sees the volume</source>
        <translation>Où se trouve la sélection, vue depuis le conteneur auxiliaire</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="87"/>
        <source>Files and folders</source>
        <translation>Fichiers et dossiers</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="103"/>
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="106"/>
        <source>Select a text file to read it here.</source>
        <translation>Sélectionnez un fichier texte pour le lire ici.</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="108"/>
        <source>Browser status</source>
        <translation>État du navigateur</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="125"/>
        <source>Listing %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumebrowserdialog.cpp" line="128"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément</numerusform>
            <numerusform>%1&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="134"/>
        <source>Preparing a read-only helper container for the volume…</source>
        <translation>Préparation d’un conteneur auxiliaire en lecture seule pour le volume…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="185"/>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="189"/>
        <source>A symbolic link to %1</source>
        <translation>Un lien symbolique vers %1</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="193"/>
        <source>A special file (device, pipe or socket): nothing to read.</source>
        <translation>Un fichier spécial (périphérique, tube ou socket)&#xa0;: rien à lire.</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="202"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="215"/>
        <source>%1 is a binary file. Download it to open it.</source>
        <translation>%1 est un fichier binaire. Téléchargez-le pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="221"/>
        <source>[Only the first %1 MiB are shown. Download the file to see all of it.]</source>
        <translation>[Seul le premier Mio (%1) est affiché. Téléchargez le fichier pour le voir en entier.]</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="249"/>
        <source>Save %1 as a tar archive</source>
        <translation>Enregistrer %1 comme archive tar</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="251"/>
        <source>Tar archives (*.tar)</source>
        <translation>Archives tar (*.tar)</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="256"/>
        <source>Copy %1 into which folder?</source>
        <translation>Copier %1 dans quel dossier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="261"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="267"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="272"/>
        <source>Downloaded %1 to %2</source>
        <translation>%1 téléchargé dans %2</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="286"/>
        <source>Upload into %1</source>
        <translation>Envoyer dans %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumebrowserdialog.cpp" line="293"/>
        <source>Uploading %n item(s) into %1…</source>
        <translation>
            <numerusform>Envoi de %n élément dans %1…</numerusform>
            <numerusform>Envoi de %n éléments dans %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumebrowserdialog.cpp" line="301"/>
        <source>Uploaded %n item(s) into %1</source>
        <translation>
            <numerusform>%n élément envoyé dans %1</numerusform>
            <numerusform>%n éléments envoyés dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeCreateDialog</name>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="41"/>
        <location filename="../views/volumecreatedialog.cpp" line="67"/>
        <location filename="../views/volumecreatedialog.cpp" line="130"/>
        <location filename="../views/volumecreatedialog.cpp" line="148"/>
        <location filename="../views/volumecreatedialog.cpp" line="275"/>
        <source>Driver options</source>
        <translation>Options du pilote</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="42"/>
        <location filename="../views/volumecreatedialog.cpp" line="71"/>
        <location filename="../views/volumecreatedialog.cpp" line="140"/>
        <location filename="../views/volumecreatedialog.cpp" line="149"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="46"/>
        <source>Create a volume</source>
        <translation>Créer un volume</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="50"/>
        <source>Volume name</source>
        <translation>Nom du volume</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="51"/>
        <source>Empty: an anonymous volume, named by the engine</source>
        <translation>Vide&#xa0;: un volume anonyme, nommé par le moteur</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="53"/>
        <source>Name check</source>
        <translation>Vérification du nom</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="57"/>
        <location filename="../views/volumecreatedialog.cpp" line="273"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="58"/>
        <source>«local» stores the data on the engine&apos;s host. Other drivers are plugins installed on the engine.</source>
        <translation>«&#xa0;local&#xa0;» stocke les données sur l’hôte du moteur. Les autres pilotes sont des extensions installées sur le moteur.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="61"/>
        <location filename="../views/volumecreatedialog.cpp" line="62"/>
        <source>Keep it in RAM (tmpfs)</source>
        <translation>Le garder en RAM (tmpfs)</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="63"/>
        <source>Sets type=tmpfs, device=tmpfs, o=size=64m: a local volume whose data lives in memory and is lost when the engine&apos;s host restarts.</source>
        <translation>Règle type=tmpfs, device=tmpfs, o=size=64m&#xa0;: un volume local dont les données vivent en mémoire et sont perdues au redémarrage de l’hôte du moteur.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="78"/>
        <source>docker command and Engine API call</source>
        <translation>Commande docker et appel à l’API du moteur</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="83"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="87"/>
        <location filename="../views/volumecreatedialog.cpp" line="88"/>
        <location filename="../views/volumecreatedialog.cpp" line="225"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="97"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="103"/>
        <source>Same as:</source>
        <translation>Équivaut à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="126"/>
        <source>Driver: empty; use «local» unless a plugin provides another.</source>
        <translation>Pilote&#xa0;: vide&#x202f;; utilisez «&#xa0;local&#xa0;», sauf si une extension en fournit un autre.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="129"/>
        <source>Driver: «%1» must not contain spaces.</source>
        <translation>Pilote&#xa0;: «&#xa0;%1&#xa0;» ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="136"/>
        <source>Driver options: the local driver does not know «%1»; it takes type, device, o and size.</source>
        <translation>Options du pilote&#xa0;: le pilote local ne connaît pas «&#xa0;%1&#xa0;»&#x202f;; il accepte type, device, o et size.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="190"/>
        <source>No name: the engine makes an anonymous volume with a random 64-character name.</source>
        <translation>Sans nom&#xa0;: le moteur crée un volume anonyme avec un nom aléatoire de 64 caractères.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="193"/>
        <source>A volume named «%1» already exists.</source>
        <translation>Un volume nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="196"/>
        <source>Letters, digits, «_», «.» and «-»; at least two characters.</source>
        <translation>Lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;»&#x202f;; au moins deux caractères.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="206"/>
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="225"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="234"/>
        <source>A volume named «%1» already exists; nothing was created.</source>
        <translation>Un volume nommé «&#xa0;%1&#xa0;» existe déjà&#x202f;; rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="255"/>
        <source>Could not check whether volume «%1» exists</source>
        <translation>Impossible de vérifier si le volume «&#xa0;%1&#xa0;» existe</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="277"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="278"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="283"/>
        <source>Created volume «%1».</source>
        <translation>Volume «&#xa0;%1&#xa0;» créé.</translation>
    </message>
</context>
<context>
    <name>VolumeDetailsWidget</name>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="50"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="51"/>
        <location filename="../views/volumedetailswidget.cpp" line="79"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="52"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="53"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="54"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="55"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="56"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="57"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="58"/>
        <source>Reference count</source>
        <translation>Nombre de références</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="59"/>
        <location filename="../views/volumedetailswidget.cpp" line="87"/>
        <location filename="../views/volumedetailswidget.cpp" line="231"/>
        <source>Compute size</source>
        <translation>Calculer la taille</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="65"/>
        <source>The data lives on the engine&apos;s host in:</source>
        <translation>Les données vivent sur l’hôte du moteur dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="72"/>
        <source>Mount point on the host</source>
        <translation>Point de montage sur l’hôte</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="76"/>
        <source>Copy the mount point</source>
        <translation>Copier le point de montage</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="77"/>
        <source>Copy the mount point to the clipboard</source>
        <translation>Copier le point de montage dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="88"/>
        <source>Asks the engine for the disk usage of every volume (GET /system/df); it can take a while on large volumes.</source>
        <translation>Demande au moteur l’espace disque de chaque volume (GET /system/df)&#x202f;; cela peut prendre du temps sur de gros volumes.</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="96"/>
        <source>Driver:</source>
        <translation>Pilote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="97"/>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="98"/>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="99"/>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="100"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="101"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="102"/>
        <source>Reference count:</source>
        <translation>Nombre de références&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105"/>
        <source>Path in the container</source>
        <translation>Chemin dans le conteneur</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="107"/>
        <source>Containers that use this volume</source>
        <translation>Conteneurs qui utilisent ce volume</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="174"/>
        <source>(the driver gives no path)</source>
        <translation>(le pilote ne donne aucun chemin)</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="179"/>
        <source>Open %1 in the file manager</source>
        <translation>Ouvrir %1 dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="181"/>
        <source>The engine runs on another machine: its folders are not here.</source>
        <translation>Le moteur tourne sur une autre machine&#xa0;: ses dossiers ne sont pas ici.</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="183"/>
        <source>You may not read this folder; the engine&apos;s files usually belong to root.</source>
        <translation>Vous ne pouvez pas lire ce dossier&#x202f;; les fichiers du moteur appartiennent en général à root.</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="189"/>
        <source>%1 (tmpfs: kept in RAM, lost when the host restarts)</source>
        <translation>%1 (tmpfs&#xa0;: gardé en RAM, perdu au redémarrage de l’hôte)</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="194"/>
        <source>%1 (anonymous volume)</source>
        <translation>%1 (volume anonyme)</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="196"/>
        <location filename="../views/volumedetailswidget.cpp" line="197"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="216"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="216"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="221"/>
        <source>No container uses this volume.</source>
        <translation>Aucun conteneur n’utilise ce volume.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumedetailswidget.cpp" line="222"/>
        <source>Used by %n container(s):</source>
        <translation>
            <numerusform>Utilisé par %n conteneur&#xa0;:</numerusform>
            <numerusform>Utilisé par %n conteneurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="231"/>
        <source>Compute again</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="233"/>
        <location filename="../views/volumedetailswidget.cpp" line="234"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="239"/>
        <location filename="../views/volumedetailswidget.cpp" line="240"/>
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="243"/>
        <location filename="../views/volumedetailswidget.cpp" line="244"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="263"/>
        <source>Could not compute the size</source>
        <translation>Impossible de calculer la taille</translation>
    </message>
</context>
<context>
    <name>VolumeFileModel</name>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="252"/>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="270"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="291"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="292"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="293"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="294"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <location filename="../models/volumemodel.cpp" line="72"/>
        <source>unused</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="88"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="89"/>
        <source>Mount point</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="90"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="91"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="92"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="121"/>
        <source>Could not list volumes</source>
        <translation>Impossible de lister les volumes</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="142"/>
        <source>Could not read volume «%1»</source>
        <translation>Impossible de lire le volume «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VolumePruneDialog</name>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="32"/>
        <source>Anonymous volumes only (the engine&apos;s default)</source>
        <translation>Volumes anonymes seulement (le choix par défaut du moteur)</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="33"/>
        <source>All unused volumes, named ones too</source>
        <translation>Tous les volumes inutilisés, nommés compris</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="42"/>
        <source>Remove unused volumes</source>
        <translation>Supprimer les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="47"/>
        <source>What prune removes on this engine</source>
        <translation>Ce que le nettoyage supprime sur ce moteur</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="59"/>
        <source>Label filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="60"/>
        <source>Optional: key or key=value, separated by commas</source>
        <translation>Facultatif&#xa0;: clé ou clé=valeur, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="64"/>
        <source>Only with &amp;label:</source>
        <translation>Seulement avec l’&amp;étiquette&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="67"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="67"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="67"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="69"/>
        <source>Volumes that will be removed</source>
        <translation>Volumes qui seront supprimés</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="71"/>
        <source>Space reclaimed</source>
        <translation>Espace récupéré</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="77"/>
        <source>docker command and Engine API call</source>
        <translation>Commande docker et appel à l’API du moteur</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="87"/>
        <source>These volumes and all their data will be removed:</source>
        <translation>Ces volumes et toutes leurs données seront supprimés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="90"/>
        <source>Same as:</source>
        <translation>Équivaut à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="98"/>
        <source>Prune report</source>
        <translation>Rapport de nettoyage</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="100"/>
        <source>Deleted volume</source>
        <translation>Volume supprimé</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="102"/>
        <source>Deleted volumes</source>
        <translation>Volumes supprimés</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="113"/>
        <location filename="../views/volumeprunedialog.cpp" line="115"/>
        <source>Remove these volumes</source>
        <translation>Supprimer ces volumes</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="204"/>
        <source>Every volume of the local driver that no container uses, running or stopped, goes, named ones included.</source>
        <translation>Chaque volume du pilote local qu’aucun conteneur, démarré ou arrêté, n’utilise est supprimé, nommés compris.</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="206"/>
        <source>Only anonymous volumes (made for a container without a name) that no container uses go. Named volumes stay.</source>
        <translation>Seuls les volumes anonymes (créés pour un conteneur, sans nom) qu’aucun conteneur n’utilise sont supprimés. Les volumes nommés restent.</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="209"/>
        <source>On this engine (API %1), prune removes every unused local volume, named ones too, not only anonymous ones. A volume counts as used as long as a container mounts it, even a stopped one.</source>
        <translation>Sur ce moteur (API %1), le nettoyage supprime chaque volume local inutilisé, nommés compris, pas seulement les anonymes. Un volume compte comme utilisé tant qu’un conteneur le monte, même arrêté.</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="212"/>
        <location filename="../views/volumeprunedialog.cpp" line="233"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="223"/>
        <source>%1 (anonymous)</source>
        <translation>%1 (anonyme)</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="230"/>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="245"/>
        <source>Nothing to remove: every volume that matches is in use or kept.</source>
        <translation>Rien à supprimer&#xa0;: chaque volume concerné est utilisé ou conservé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="247"/>
        <source>%n volume(s); space reclaimed: computing…</source>
        <translation>
            <numerusform>%n volume&#x202f;; espace récupéré&#xa0;: calcul en cours…</numerusform>
            <numerusform>%n volumes&#x202f;; espace récupéré&#xa0;: calcul en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="249"/>
        <source>%n volume(s); space reclaimed unknown (%1)</source>
        <translation>
            <numerusform>%n volume&#x202f;; espace récupéré inconnu (%1)</numerusform>
            <numerusform>%n volumes&#x202f;; espace récupéré inconnu (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="251"/>
        <source>%n volume(s); space reclaimed: %1</source>
        <translation>
            <numerusform>%n volume&#x202f;; espace récupéré&#xa0;: %1</numerusform>
            <numerusform>%n volumes&#x202f;; espace récupéré&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="253"/>
        <source>%n volume(s); space reclaimed: at least %1</source>
        <translation>
            <numerusform>%n volume&#x202f;; espace récupéré&#xa0;: au moins %1</numerusform>
            <numerusform>%n volumes&#x202f;; espace récupéré&#xa0;: au moins %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="271"/>
        <source>Could not compute volume sizes</source>
        <translation>Impossible de calculer la taille des volumes</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="289"/>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="297"/>
        <location filename="../views/volumeprunedialog.cpp" line="298"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="306"/>
        <source>The volumes were pruned, but the engine&apos;s report could not be read: %1</source>
        <translation>Les volumes ont été nettoyés, mais le rapport du moteur est illisible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="315"/>
        <source>The engine deleted %n volume(s) and reclaimed %1.</source>
        <translation>
            <numerusform>Le moteur a supprimé %n volume et récupéré %1.</numerusform>
            <numerusform>Le moteur a supprimé %n volumes et récupéré %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="331"/>
        <source>Kept although previewed: %1</source>
        <translation>Conservés bien qu’annoncés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="333"/>
        <source>Deleted although not previewed: %1</source>
        <translation>Supprimés sans avoir été annoncés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <location filename="../views/volumesview.cpp" line="26"/>
        <source>Filter volumes…</source>
        <translation>Filtrer les volumes…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="27"/>
        <source>Filter volumes</source>
        <translation>Filtrer les volumes</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="28"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="29"/>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="30"/>
        <source>Create a volume (docker volume create)</source>
        <translation>Créer un volume (docker volume create)</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="32"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="33"/>
        <source>Remove the selected volumes and their data (Delete)</source>
        <translation>Supprimer les volumes sélectionnés et leurs données (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="35"/>
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="36"/>
        <source>Remove the volumes no container uses (docker volume prune), after showing which</source>
        <translation>Supprimer les volumes qu’aucun conteneur n’utilise (docker volume prune), après les avoir montrés</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="40"/>
        <source>What are mount types?</source>
        <translation>Les types de montage&#x202f;?</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="41"/>
        <source>Container layer, bind mount, volume and tmpfs compared</source>
        <translation>Couche du conteneur, montage lié, volume et tmpfs comparés</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="53"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="120"/>
        <source>Remove volume «%1» and all its data?</source>
        <translation>Supprimer le volume «&#xa0;%1&#xa0;» et toutes ses données&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumesview.cpp" line="121"/>
        <source>Remove %n volumes and all their data?</source>
        <translation>
            <numerusform>Supprimer %n volume et toutes ses données&#x202f;?</numerusform>
            <numerusform>Supprimer %n volumes et toutes leurs données&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="191"/>
        <source>«%1»</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="194"/>
        <source>Volume in use</source>
        <translation>Volume utilisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumesview.cpp" line="196"/>
        <source>The engine refused to remove volume «%1»: it is used by %n container(s): %2.
A volume stays as long as a container mounts it, even a stopped one. To free it, stop and remove these containers, then remove the volume. Each step runs in order and stops at the first refusal.</source>
        <translation>
            <numerusform>Le moteur a refusé de supprimer le volume «&#xa0;%1&#xa0;»&#xa0;: il est utilisé par %n conteneur&#xa0;: %2.
Un volume reste tant qu’un conteneur le monte, même arrêté. Pour le libérer, arrêtez puis supprimez ce conteneur, puis supprimez le volume. Chaque étape s’exécute dans l’ordre et s’arrête au premier refus.</numerusform>
            <numerusform>Le moteur a refusé de supprimer le volume «&#xa0;%1&#xa0;»&#xa0;: il est utilisé par %n conteneurs&#xa0;: %2.
Un volume reste tant qu’un conteneur le monte, même arrêté. Pour le libérer, arrêtez puis supprimez ces conteneurs, puis supprimez le volume. Chaque étape s’exécute dans l’ordre et s’arrête au premier refus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="225"/>
        <source>%1 — the next steps were not run.</source>
        <translation>%1 — les étapes suivantes n’ont pas été lancées.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>Quai, a desktop manager for the Docker Engine.</source>
        <translation>Quai, un gestionnaire de bureau pour le Docker Engine.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Engine to connect to, e.g. unix:///var/run/docker.sock or tcp://host:2375. Overrides DOCKER_HOST and docker contexts.</source>
        <translation>Moteur auquel se connecter, par exemple unix:///var/run/docker.sock ou tcp://hote:2375. Prime sur DOCKER_HOST et les contextes docker.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Language of the interface: %1. Default: the system&apos;s.</source>
        <translation>Langue de l&apos;interface&#xa0;: %1. Par défaut&#xa0;: celle du système.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>unknown language «%1»; available: %2</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#x202f;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
        <source>cannot tell which engine to use: %1</source>
        <translation>impossible de déterminer quel moteur utiliser&#xa0;: %1</translation>
    </message>
</context>
</TS>
