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
    <name>ContainerModel</name>
    <message>
        <location filename="../models/containermodel.cpp" line="82"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="83"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="84"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="86"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="87"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="88"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="158"/>
        <source>Could not list containers</source>
        <translation>Impossible de lister les conteneurs</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="178"/>
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
        <location filename="../views/detailspane.cpp" line="16"/>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="17"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="21"/>
        <source>Details pane</source>
        <translation>Panneau des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="26"/>
        <source>Selected object</source>
        <translation>Objet sélectionné</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="34"/>
        <source>Error text</source>
        <translation>Texte de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="125"/>
        <source>Could not read the details (%1)</source>
        <translation>Impossible de lire les détails (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="131"/>
        <source>The engine sent details that are not valid JSON.</source>
        <translation>Le moteur a envoyé des détails qui ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="152"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="158"/>
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
        <location filename="../models/imagemodel.cpp" line="86"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="86"/>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="101"/>
        <source>Repository:Tag</source>
        <translation>Dépôt:Étiquette</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="102"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="103"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="104"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="105"/>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="134"/>
        <source>Could not list images</source>
        <translation>Impossible de lister les images</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="156"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="41"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="46"/>
        <source>Quai — %1</source>
        <translation>Quai — %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>Commands panel</source>
        <translation>Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>Up to date; following engine events.</source>
        <translation>À jour&#x202f;; suivi des événements du moteur.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="89"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="125"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="125"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="125"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="125"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Containers</source>
        <translation>&amp;Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Volumes</source>
        <translation>&amp;Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Networks</source>
        <translation>&amp;Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>Commands &amp;panel</source>
        <translation>&amp;Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Remove selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="170"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;About Quai</source>
        <translation>&amp;À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>About Quai</source>
        <translation>À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="221"/>
        <source>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;A desktop manager for the Docker Engine: containers, images, volumes and networks, kept live from the engine&apos;s events. Every change is shown as a docker command and as an Engine API call.&lt;/p&gt;&lt;p&gt;Endpoint: %2&lt;br&gt;Engine: %3, API %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de bureau pour le Docker Engine&#xa0;: conteneurs, images, volumes et réseaux, tenus à jour par les événements du moteur. Chaque modification est affichée sous forme de commande docker et d&apos;appel à l&apos;API du moteur.&lt;/p&gt;&lt;p&gt;Point de connexion&#xa0;: %2&lt;br&gt;Moteur&#xa0;: %3, API %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="229"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../models/networkmodel.cpp" line="67"/>
        <source>Predefined network: it can&apos;t be removed</source>
        <translation>Réseau prédéfini&#xa0;: il ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="99"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="100"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="101"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="102"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="103"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="104"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="133"/>
        <source>Could not list networks</source>
        <translation>Impossible de lister les réseaux</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="157"/>
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
        <location filename="../docker/action.cpp" line="48"/>
        <source>Start container «%1»</source>
        <translation>Démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="49"/>
        <source>Could not start container «%1»</source>
        <translation>Impossible de démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="59"/>
        <source>Stop container «%1»</source>
        <translation>Arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="60"/>
        <source>Could not stop container «%1»</source>
        <translation>Impossible d&apos;arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="70"/>
        <source>Restart container «%1»</source>
        <translation>Redémarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="71"/>
        <source>Could not restart container «%1»</source>
        <translation>Impossible de redémarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="81"/>
        <source>Remove container «%1»</source>
        <translation>Supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="82"/>
        <source>Could not remove container «%1»</source>
        <translation>Impossible de supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="90"/>
        <source>Container «%1»</source>
        <translation>Conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="92"/>
        <source>The anonymous volumes of container «%1»</source>
        <translation>Les volumes anonymes du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="101"/>
        <source>Remove volume «%1»</source>
        <translation>Supprimer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="102"/>
        <source>Could not remove volume «%1»</source>
        <translation>Impossible de supprimer le volume «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="108"/>
        <source>Volume «%1» and all its data</source>
        <translation>Le volume «&#xa0;%1&#xa0;» et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="117"/>
        <source>Remove network «%1»</source>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="118"/>
        <source>Could not remove network «%1»</source>
        <translation>Impossible de supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="121"/>
        <source>Network «%1»</source>
        <translation>Réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="141"/>
        <source>Remove image «%1»</source>
        <translation>Supprimer l&apos;image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="142"/>
        <source>Could not remove image «%1»</source>
        <translation>Impossible de supprimer l&apos;image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="148"/>
        <source>Image «%1»</source>
        <translation>Image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="33"/>
        <source>the bindings of «%1» should be a list</source>
        <translation>les liaisons de «&#xa0;%1&#xa0;» devraient être une liste</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="82"/>
        <source>Could not read a container</source>
        <translation>Impossible de lire un conteneur</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="89"/>
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
        <location filename="../docker/engineclient.cpp" line="204"/>
        <source>Could not read the engine&apos;s version at %1</source>
        <translation>Impossible de lire la version du moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="185"/>
        <source>The engine at %1 is too old</source>
        <translation>Le moteur à %1 est trop ancien</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="187"/>
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
        <location filename="../docker/engineerror.cpp" line="15"/>
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
    <name>VolumeModel</name>
    <message>
        <location filename="../models/volumemodel.cpp" line="86"/>
        <source>unused</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="101"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="102"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="103"/>
        <source>Mount point</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="104"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="105"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="106"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="135"/>
        <source>Could not list volumes</source>
        <translation>Impossible de lister les volumes</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="156"/>
        <source>Could not read volume «%1»</source>
        <translation>Impossible de lire le volume «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <location filename="../views/volumesview.cpp" line="18"/>
        <source>Filter volumes…</source>
        <translation>Filtrer les volumes…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="19"/>
        <source>Filter volumes</source>
        <translation>Filtrer les volumes</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="20"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="21"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="22"/>
        <source>Remove the selected volumes and their data (Delete)</source>
        <translation>Supprimer les volumes sélectionnés et leurs données (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="33"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="52"/>
        <source>Remove volume «%1» and all its data?</source>
        <translation>Supprimer le volume «&#xa0;%1&#xa0;» et toutes ses données&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumesview.cpp" line="53"/>
        <source>Remove %n volumes and all their data?</source>
        <translation>
            <numerusform>Supprimer %n volume et toutes ses données&#x202f;?</numerusform>
            <numerusform>Supprimer %n volumes et toutes leurs données&#x202f;?</numerusform>
        </translation>
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
