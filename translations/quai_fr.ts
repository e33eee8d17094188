<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>ContainerModel</name>
    <message>
        <location filename="../models/containermodel.cpp" line="39"/>
        <source>created</source>
        <comment>container state</comment>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="40"/>
        <source>running</source>
        <comment>container state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="41"/>
        <source>paused</source>
        <comment>container state</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="42"/>
        <source>restarting</source>
        <comment>container state</comment>
        <translation>en redémarrage</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="43"/>
        <source>removing</source>
        <comment>container state</comment>
        <translation>en suppression</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="44"/>
        <source>exited</source>
        <comment>container state</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="45"/>
        <source>dead</source>
        <comment>container state</comment>
        <translation>mort</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="101"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="102"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="103"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="104"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="105"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="106"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="107"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="177"/>
        <source>Could not list containers</source>
        <translation>Impossible de lister les conteneurs</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="198"/>
        <source>Could not read container %1</source>
        <translation>Impossible de lire le conteneur %1</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <location filename="../views/containersview.cpp" line="18"/>
        <source>Filter containers…</source>
        <translation>Filtrer les conteneurs…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="19"/>
        <source>Filter containers</source>
        <translation>Filtrer les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="20"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="22"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="23"/>
        <source>Start the selected containers</source>
        <translation>Démarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="25"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="26"/>
        <source>Stop the selected containers</source>
        <translation>Arrêter les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="28"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="29"/>
        <source>Restart the selected containers</source>
        <translation>Redémarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="31"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="32"/>
        <source>Remove the selected containers (Delete)</source>
        <translation>Supprimer les conteneurs sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="43"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="90"/>
        <source>Remove container «%1»?</source>
        <translation>Supprimer le conteneur «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/containersview.cpp" line="91"/>
        <source>Remove %n containers?</source>
        <translation>
            <numerusform>Supprimer %n conteneur&#x202f;?</numerusform>
            <numerusform>Supprimer %n conteneurs&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="93"/>
        <source>Force: stop running containers first</source>
        <translation>Forcer&#xa0;: arrêter d&apos;abord les conteneurs en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="94"/>
        <source>Without this, the engine refuses to remove a running container.</source>
        <translation>Sans cette option, le moteur refuse de supprimer un conteneur en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="96"/>
        <source>Also remove anonymous volumes</source>
        <translation>Supprimer aussi les volumes anonymes</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="97"/>
        <source>Volumes created for this container without a name. Named volumes are kept.</source>
        <translation>Les volumes créés sans nom pour ce conteneur. Les volumes nommés sont conservés.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../views/detailspane.cpp" line="23"/>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="24"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="30"/>
        <source>Details pane</source>
        <translation>Panneau des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="35"/>
        <source>Selected object</source>
        <translation>Objet sélectionné</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="43"/>
        <source>Error text</source>
        <translation>Texte de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="47"/>
        <source>Details views</source>
        <translation>Vues des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="53"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="54"/>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="55"/>
        <source>Everything the engine says about it, as JSON</source>
        <translation>Tout ce que le moteur en dit, en JSON</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="144"/>
        <source>Could not read the details (%1)</source>
        <translation>Impossible de lire les détails (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="150"/>
        <source>The engine sent details that are not valid JSON.</source>
        <translation>Le moteur a envoyé des détails qui ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="171"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="177"/>
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
        <location filename="../views/imagesview.cpp" line="18"/>
        <source>Filter images…</source>
        <translation>Filtrer les images…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="19"/>
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="20"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="21"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="22"/>
        <source>Remove the selected images (Delete)</source>
        <translation>Supprimer les images sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="33"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="53"/>
        <source>Remove image «%1»?</source>
        <translation>Supprimer l&apos;image «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imagesview.cpp" line="54"/>
        <source>Remove %n images?</source>
        <translation>
            <numerusform>Supprimer %n image&#x202f;?</numerusform>
            <numerusform>Supprimer %n images&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="56"/>
        <source>Force: remove even if tagged several times or used by a stopped container</source>
        <translation>Forcer&#xa0;: supprimer même si elle a plusieurs étiquettes ou sert à un conteneur arrêté</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="57"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="48"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="51"/>
        <location filename="../app/mainwindow.cpp" line="81"/>
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
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Commands panel</source>
        <translation>Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>Browse, read, download and upload the files of the selected volume</source>
        <translation>Parcourir, lire, télécharger et envoyer les fichiers du volume sélectionné</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>Up to date; following engine events.</source>
        <translation>À jour&#x202f;; suivi des événements du moteur.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Containers</source>
        <translation>&amp;Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Volumes</source>
        <translation>&amp;Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Networks</source>
        <translation>&amp;Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>Commands &amp;panel</source>
        <translation>&amp;Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>&amp;Mount map</source>
        <translation>Carte des &amp;montages</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="213"/>
        <source>Remove selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>&amp;About Quai</source>
        <translation>&amp;À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="313"/>
        <source>About Quai</source>
        <translation>À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="314"/>
        <source>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;A desktop manager for the Docker Engine: containers, images, volumes and networks, kept live from the engine&apos;s events. Every change is shown as a docker command and as an Engine API call.&lt;/p&gt;&lt;p&gt;Endpoint: %2&lt;br&gt;Engine: %3, API %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de bureau pour le Docker Engine&#xa0;: conteneurs, images, volumes et réseaux, tenus à jour par les événements du moteur. Chaque modification est affichée sous forme de commande docker et d&apos;appel à l&apos;API du moteur.&lt;/p&gt;&lt;p&gt;Point de connexion&#xa0;: %2&lt;br&gt;Moteur&#xa0;: %3, API %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
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
        <location filename="../views/mountmapview.cpp" line="104"/>
        <location filename="../views/mountmapview.cpp" line="275"/>
        <source>Mount map</source>
        <translation>Carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="143"/>
        <source>Select a container or a volume to see where its data lives.</source>
        <translation>Sélectionnez un conteneur ou un volume pour voir où se trouvent ses données.</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="151"/>
        <source>Where the data of container «%1» lives</source>
        <translation>Où se trouvent les données du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="153"/>
        <source>Where volume «%1» is used</source>
        <translation>Où le volume «&#xa0;%1&#xa0;» est utilisé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="159"/>
        <source>On the host</source>
        <translation>Sur l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="159"/>
        <source>Managed by Docker</source>
        <translation>Géré par Docker</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="159"/>
        <source>Inside the container</source>
        <translation>Dans le conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="171"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="171"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="174"/>
        <source>%1 in «%2»</source>
        <translation>%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="183"/>
        <source>Host folder</source>
        <translation>Dossier de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="185"/>
        <source>bind mount, %1: depends on the host&apos;s files</source>
        <translation>montage lié, %1&#xa0;: dépend des fichiers de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="188"/>
        <source>Volume folder</source>
        <translation>Dossier du volume</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="190"/>
        <source>Volume «%1»</source>
        <translation>Volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="191"/>
        <source>kept when the container is removed</source>
        <translation>conservé quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="196"/>
        <source>Memory (RAM)</source>
        <translation>Mémoire (RAM)</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="197"/>
        <source>no file on disk</source>
        <translation>aucun fichier sur le disque</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="197"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="199"/>
        <source>tmpfs: lost when the container stops</source>
        <translation>tmpfs&#xa0;: perdu à l’arrêt du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="202"/>
        <source>Writable layer</source>
        <translation>Couche inscriptible</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="203"/>
        <source>lost when the container is removed</source>
        <translation>perdue quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="204"/>
        <source>The container&apos;s own changes</source>
        <translation>Les modifications propres au conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="208"/>
        <source>Other mount</source>
        <translation>Autre montage</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="214"/>
        <source>not mounted by any container</source>
        <translation>monté par aucun conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="219"/>
        <source>/ (every other path)</source>
        <translation>/ (tous les autres chemins)</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="222"/>
        <source>container «%1»</source>
        <translation>conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="232"/>
        <source>Bind mount: a host folder; depends on the host, risky if its permissions are wrong</source>
        <translation>Montage lié&#xa0;: un dossier de l’hôte&#x202f;; dépend de l’hôte, risqué si ses permissions sont mal réglées</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="233"/>
        <source>Volume: managed by Docker under /var/lib/docker/volumes; portable, easy to back up</source>
        <translation>Volume&#xa0;: géré par Docker sous /var/lib/docker/volumes&#x202f;; portable, facile à sauvegarder</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="234"/>
        <source>tmpfs: in memory only; fast, lost on restart</source>
        <translation>tmpfs&#xa0;: en mémoire seulement&#x202f;; rapide, perdu au redémarrage</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="235"/>
        <source>Writable layer: the container&apos;s own changes; lost when the container is removed</source>
        <translation>Couche inscriptible&#xa0;: les modifications propres au conteneur&#x202f;; perdues quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="262"/>
        <location filename="../views/mountmapview.cpp" line="280"/>
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
        <location filename="../docker/action.cpp" line="50"/>
        <source>Start container «%1»</source>
        <translation>Démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="51"/>
        <source>Could not start container «%1»</source>
        <translation>Impossible de démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="61"/>
        <source>Stop container «%1»</source>
        <translation>Arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="62"/>
        <source>Could not stop container «%1»</source>
        <translation>Impossible d&apos;arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="72"/>
        <source>Restart container «%1»</source>
        <translation>Redémarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="73"/>
        <source>Could not restart container «%1»</source>
        <translation>Impossible de redémarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="83"/>
        <source>Remove container «%1»</source>
        <translation>Supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="84"/>
        <source>Could not remove container «%1»</source>
        <translation>Impossible de supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="92"/>
        <source>Container «%1»</source>
        <translation>Conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="94"/>
        <source>The anonymous volumes of container «%1»</source>
        <translation>Les volumes anonymes du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="103"/>
        <source>Remove volume «%1»</source>
        <translation>Supprimer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="104"/>
        <source>Could not remove volume «%1»</source>
        <translation>Impossible de supprimer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="110"/>
        <source>Volume «%1» and all its data</source>
        <translation>Le volume «&#xa0;%1&#xa0;» et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="119"/>
        <source>Remove network «%1»</source>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="120"/>
        <source>Could not remove network «%1»</source>
        <translation>Impossible de supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="123"/>
        <source>Network «%1»</source>
        <translation>Réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="143"/>
        <source>Remove image «%1»</source>
        <translation>Supprimer l&apos;image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="144"/>
        <source>Could not remove image «%1»</source>
        <translation>Impossible de supprimer l&apos;image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="150"/>
        <source>Image «%1»</source>
        <translation>Image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="180"/>
        <source>Create an anonymous volume</source>
        <translation>Créer un volume anonyme</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="181"/>
        <source>Could not create an anonymous volume</source>
        <translation>Impossible de créer un volume anonyme</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="183"/>
        <source>Create volume «%1»</source>
        <translation>Créer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="184"/>
        <source>Could not create volume «%1»</source>
        <translation>Impossible de créer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="214"/>
        <source>Remove all unused volumes</source>
        <translation>Supprimer tous les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="214"/>
        <source>Remove unused volumes</source>
        <translation>Supprimer les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="215"/>
        <source>Could not prune volumes</source>
        <translation>Impossible de nettoyer les volumes</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="224"/>
        <source>Every unused volume and all its data</source>
        <translation>Chaque volume inutilisé et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="225"/>
        <source>Unused volumes and all their data</source>
        <translation>Les volumes inutilisés et toutes leurs données</translation>
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
