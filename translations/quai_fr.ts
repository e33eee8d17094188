<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BuildJob</name>
    <message>
        <location filename="../models/buildjob.cpp" line="136" />
        <source>the engine ended the build without naming an image</source>
        <translation>le moteur a terminé le build sans nommer d'image</translation>
    </message>
    <message>
        <location filename="../models/buildjob.cpp" line="157" />
        <source>Build cancelled</source>
        <translation>Build annulé</translation>
    </message>
</context>
<context>
    <name>BuildPanel</name>
    <message>
        <location filename="../views/buildpanel.cpp" line="59" />
        <source>Build arguments</source>
        <translation>Arguments de build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="60" />
        <source>Do not use the cache (--no-cache)</source>
        <translation>Ne pas utiliser le cache (--no-cache)</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="61" />
        <source>Always pull the base image (--pull)</source>
        <translation>Toujours télécharger l'image de base (--pull)</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="64" />
        <source>Build</source>
        <translation>Construire</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="65" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="66" />
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="74" />
        <source>Build an image</source>
        <translation>Construire une image</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="76" />
        <source>Build context folder</source>
        <translation>Dossier du contexte de build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="77" />
        <source>The folder sent to the engine; COPY reads from it</source>
        <translation>Le dossier envoyé au moteur ; COPY y lit ses fichiers</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="78" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="79" />
        <location filename="../views/buildpanel.cpp" line="340" />
        <source>Choose the build context folder</source>
        <translation>Choisir le dossier du contexte de build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="80" />
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="81" />
        <source>The Dockerfile's path inside the build context</source>
        <translation>Le chemin du Dockerfile dans le contexte de build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="82" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="83" />
        <source>name:tag, several separated by spaces</source>
        <translation>nom:tag, plusieurs séparés par des espaces</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="84" />
        <source>Target stage</source>
        <translation>Étape cible</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="85" />
        <source>Empty: the last stage</source>
        <translation>Vide : la dernière étape</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="86" />
        <source>Do not use the cache</source>
        <translation>Ne pas utiliser le cache</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="87" />
        <source>Always pull the base image</source>
        <translation>Toujours télécharger l'image de base</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="88" />
        <source>Build context size</source>
        <translation>Taille du contexte de build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="91" />
        <source>Build the image</source>
        <translation>Construire l'image</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="93" />
        <source>Cancel the build</source>
        <translation>Annuler le build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="95" />
        <source>Run the built image</source>
        <translation>Lancer l'image construite</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="96" />
        <source>Opens the run dialog with the new image and its exposed ports</source>
        <translation>Ouvre la fenêtre de lancement avec la nouvelle image et ses ports exposés</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="98" />
        <source>Build steps</source>
        <translation>Étapes du build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="101" />
        <source>No build yet</source>
        <translation>Aucun build pour l'instant</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="102" />
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="104" />
        <source>Why Build is disabled</source>
        <translation>Pourquoi Construire est désactivé</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="107" />
        <source>Build message</source>
        <translation>Message du build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="116" />
        <source>Build log</source>
        <translation>Journal du build</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="117" />
        <source>The engine's build output appears here.</source>
        <translation>La sortie du build du moteur s'affiche ici.</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="128" />
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="129" />
        <source>Dockerfile:</source>
        <translation>Dockerfile :</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="130" />
        <source>Tags:</source>
        <translation>Tags :</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="131" />
        <source>Target stage:</source>
        <translation>Étape cible :</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="132" />
        <source>Build arguments:</source>
        <translation>Arguments de build :</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="146" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="160" />
        <source>Measuring the build context…</source>
        <translation>Mesure du contexte de build…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/buildpanel.cpp" line="164" />
        <source>%n file(s), %1 will be sent to the engine</source>
        <translation>
            <numerusform>%n fichier, %1 sera envoyé au moteur</numerusform>
            <numerusform>%n fichiers, %1 seront envoyés au moteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/buildpanel.cpp" line="167" />
        <source>(%n path(s) left out by .dockerignore)</source>
        <translation>
            <numerusform>(%n chemin écarté par .dockerignore)</numerusform>
            <numerusform>(%n chemins écartés par .dockerignore)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/buildpanel.cpp" line="195" />
        <source>Sending %n file(s) (%1) to the engine…</source>
        <translation>
            <numerusform>Envoi de %n fichier (%1) au moteur…</numerusform>
            <numerusform>Envoi de %n fichiers (%1) au moteur…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="204" />
        <source>Step %1/%2</source>
        <translation>Étape %1/%2</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="212" />
        <source>Built %1 in %2</source>
        <translation>%1 construite en %2</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="217" />
        <source>%1 (Dockerfile line %2)</source>
        <translation>%1 (ligne %2 du Dockerfile)</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="376" />
        <source>Packing the build context…</source>
        <translation>Empaquetage du contexte de build…</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="360" />
        <location filename="../views/buildpanel.cpp" line="378" />
        <source>A build is already running</source>
        <translation>Un build est déjà en cours</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="395" />
        <source>Waiting for the first step…</source>
        <translation>En attente de la première étape…</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="400" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="401" />
        <source>Build cancelled after %1</source>
        <translation>Build annulé après %1</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="407" />
        <source>Failed at step %1/%2</source>
        <translation>Échec à l'étape %1/%2</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="408" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../views/buildpanel.cpp" line="419" />
        <source>Elapsed: %1</source>
        <translation>Écoulé : %1</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../views/changesview.cpp" line="45" />
        <source>Container changes</source>
        <translation>Modifications du conteneur</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="46" />
        <source>These files live in the container's own writable layer: they are lost when the container is removed. Keep data in a volume to outlive it.</source>
        <translation>Ces fichiers se trouvent dans la couche inscriptible propre au conteneur : ils sont perdus quand le conteneur est supprimé. Gardez les données dans un volume pour qu’elles lui survivent.</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="56" />
        <source>Writable layer warning</source>
        <translation>Avertissement sur la couche inscriptible</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="57" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="58" />
        <source>Read the changes again (docker diff)</source>
        <translation>Relire les modifications (docker diff)</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="59" />
        <source>Refresh the changes</source>
        <translation>Actualiser les modifications</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="62" />
        <source>Changes status</source>
        <translation>État des modifications</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="64" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="64" />
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="70" />
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="89" />
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="91" />
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="93" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="95" />
        <source>Kind %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="121" />
        <source>Reading the changes…</source>
        <translation>Lecture des modifications…</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="132" />
        <source>Could not read the changes of container %1</source>
        <translation>Impossible de lire les modifications du conteneur %1</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="143" />
        <source>The engine's list of changes is not valid JSON.</source>
        <translation>La liste des modifications envoyée par le moteur n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../views/changesview.cpp" line="166" />
        <source>No file was added, changed or deleted.</source>
        <translation>Aucun fichier n’a été ajouté, modifié ou supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/changesview.cpp" line="167" />
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
        <location filename="../models/commandlogmodel.cpp" line="69" />
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="70" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="87" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="88" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="89" />
        <source>docker command</source>
        <translation>commande docker</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="90" />
        <source>REST call</source>
        <translation>appel REST</translation>
    </message>
    <message>
        <location filename="../models/commandlogmodel.cpp" line="91" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>CommandPreview</name>
    <message>
        <location filename="../views/commandpreview.cpp" line="13" />
        <source>docker command and Engine API call</source>
        <translation>commande docker et appel à l'API du moteur</translation>
    </message>
</context>
<context>
    <name>CommandsPanel</name>
    <message>
        <location filename="../views/commandspanel.cpp" line="23" />
        <location filename="../views/commandspanel.cpp" line="25" />
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="24" />
        <location filename="../views/commandspanel.cpp" line="26" />
        <source>Copy REST call</source>
        <translation>Copier l'appel REST</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="28" />
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="30" />
        <source>Commands run by Quai</source>
        <translation>Commandes lancées par Quai</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="46" />
        <source>Copy the docker command</source>
        <translation>Copier la commande docker</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="47" />
        <source>Copy the selected row's docker command</source>
        <translation>Copier la commande docker de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="48" />
        <source>Copy the REST call</source>
        <translation>Copier l'appel REST</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="49" />
        <source>Copy the selected row's Engine API call</source>
        <translation>Copier l'appel à l'API du moteur de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/commandspanel.cpp" line="69" />
        <source>Every change Quai makes, as a docker command and as an Engine API call.</source>
        <translation>Chaque modification faite par Quai, sous forme de commande docker et d'appel à l'API du moteur.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../views/confirmdialog.cpp" line="33" />
        <source>docker command</source>
        <translation>commande docker</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="34" />
        <source>Engine API call</source>
        <translation>Appel à l'API du moteur</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="36" />
        <source>Confirm removal</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="49" />
        <source>This will be removed permanently:</source>
        <translation>Ceci sera supprimé définitivement :</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="50" />
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="58" />
        <source>Same as this docker command:</source>
        <translation>Équivaut à cette commande docker :</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="60" />
        <source>Engine API call:</source>
        <translation>Appel à l'API du moteur :</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="64" />
        <location filename="../views/confirmdialog.cpp" line="65" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="68" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContainerDetailsWidget</name>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="21" />
        <source>Container summary</source>
        <translation>Résumé du conteneur</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="23" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="25" />
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="58" />
        <source>Image: %1
State: %2
Its own files live in a writable layer that is lost when the container is removed.</source>
        <translation>Image : %1
État : %2
Ses propres fichiers vivent dans une couche inscriptible, perdue quand le conteneur est supprimé.</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="66" />
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="67" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="69" />
        <source>bind mount</source>
        <translation>montage lié (bind)</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="71" />
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="72" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="78" />
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="78" />
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="80" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="84" />
        <source>No mounts: everything it writes stays in its own layer.</source>
        <translation>Aucun montage : tout ce qu’il écrit reste dans sa propre couche.</translation>
    </message>
    <message>
        <location filename="../views/containerdetailswidget.cpp" line="85" />
        <source>Mounts:</source>
        <translation>Montages :</translation>
    </message>
</context>
<context>
    <name>ContainerLogs</name>
    <message>
        <location filename="../models/containerlogs.cpp" line="102" />
        <source>Could not read whether container %1 has a terminal</source>
        <translation>Impossible de savoir si le conteneur %1 a un terminal</translation>
    </message>
    <message>
        <location filename="../models/containerlogs.cpp" line="134" />
        <source>Could not decode the logs of container %1: %2</source>
        <translation>Impossible de décoder les journaux du conteneur %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/containerlogs.cpp" line="146" />
        <source>Could not read the logs of container %1</source>
        <translation>Impossible de lire les journaux du conteneur %1</translation>
    </message>
    <message>
        <location filename="../models/containerlogs.cpp" line="159" />
        <source>The logs of container %1 ended badly: %2</source>
        <translation>Les journaux du conteneur %1 se sont mal terminés : %2</translation>
    </message>
</context>
<context>
    <name>ContainerModel</name>
    <message>
        <location filename="../models/containermodel.cpp" line="45" />
        <source>created</source>
        <comment>container state</comment>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="46" />
        <source>running</source>
        <comment>container state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="47" />
        <source>paused</source>
        <comment>container state</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="48" />
        <source>restarting</source>
        <comment>container state</comment>
        <translation>en redémarrage</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="49" />
        <source>removing</source>
        <comment>container state</comment>
        <translation>en suppression</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="50" />
        <source>exited</source>
        <comment>container state</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="51" />
        <source>dead</source>
        <comment>container state</comment>
        <translation>mort</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="140" />
        <source>As docker ps shows it: %1</source>
        <translation>Tel que docker ps l’affiche : %1</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="168" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="169" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="170" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="171" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="172" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="173" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="174" />
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="244" />
        <source>Could not list containers</source>
        <translation>Impossible de lister les conteneurs</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="265" />
        <source>Could not read container %1</source>
        <translation>Impossible de lire le conteneur %1</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <location filename="../views/containersview.cpp" line="34" />
        <source>Filter containers…</source>
        <translation>Filtrer les conteneurs…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="35" />
        <source>Filter containers</source>
        <translation>Filtrer les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="38" />
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="40" />
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="41" />
        <source>Run or create a new container from an image</source>
        <translation>Lancer ou créer un nouveau conteneur à partir d’une image</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="44" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="45" />
        <source>Start the selected containers</source>
        <translation>Démarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="47" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="48" />
        <source>Stop the selected containers: SIGTERM, then SIGKILL after the engine's timeout</source>
        <translation>Arrêter les conteneurs sélectionnés : SIGTERM, puis SIGKILL après le délai du moteur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="51" />
        <source>Stop after…</source>
        <translation>Arrêter après…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="52" />
        <source>Stop the selected containers, choosing how long they get to exit before they are killed</source>
        <translation>Arrêter les conteneurs sélectionnés, en choisissant combien de temps ils ont pour se terminer avant d’être tués</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="55" />
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="56" />
        <source>Restart the selected containers</source>
        <translation>Redémarrer les conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="58" />
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="59" />
        <source>Freeze every process of the selected containers</source>
        <translation>Geler tous les processus des conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="62" />
        <source>Unpause</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="63" />
        <source>Let the selected paused containers run again</source>
        <translation>Relancer l’exécution des conteneurs suspendus sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="65" />
        <source>Kill…</source>
        <translation>Tuer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="66" />
        <source>Send a signal to the main process of the selected containers</source>
        <translation>Envoyer un signal au processus principal des conteneurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="68" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="69" />
        <source>Give the current container another name</source>
        <translation>Donner un autre nom au conteneur courant</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="71" />
        <source>Recreate with changes…</source>
        <translation>Recréer avec des modifications…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="72" />
        <source>Make the current container again with other ports or mounts, keeping its name, its configuration and its volumes</source>
        <translation>Refaire le conteneur courant avec d’autres ports ou montages, en gardant son nom, sa configuration et ses volumes</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="76" />
        <source>Connect to network…</source>
        <translation>Connecter à un réseau…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="77" />
        <source>Attach the current container to one more network (docker network connect)</source>
        <translation>Relier le conteneur courant à un réseau de plus (docker network connect)</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="80" />
        <source>Disconnect from network…</source>
        <translation>Déconnecter d’un réseau…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="81" />
        <source>Detach the current container from networks (docker network disconnect)</source>
        <translation>Détacher le conteneur courant de réseaux (docker network disconnect)</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="83" />
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="84" />
        <source>Remove the selected containers (Delete)</source>
        <translation>Supprimer les conteneurs sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="129" />
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="215" />
        <source>Could not rename container «%1»: «%2» is not a valid name; use letters, digits, «_», «.» and «-», at least two characters.</source>
        <translation>Impossible de renommer le conteneur « %1 » : « %2 » n’est pas un nom valide ; utilisez des lettres, des chiffres, « _ », « . » et « - », au moins deux caractères.</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="240" />
        <source>Stop containers</source>
        <translation>Arrêter les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="241" />
        <source>Seconds to wait for the containers to exit before they are killed:</source>
        <translation>Secondes à attendre que les conteneurs se terminent avant de les tuer :</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="242" />
        <source>Stop timeout</source>
        <translation>Délai d’arrêt</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="254" />
        <source>Kill containers</source>
        <translation>Tuer les conteneurs</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="255" />
        <source>Signal to send to the main process (SIGKILL cannot be caught; the others may be handled by the program):</source>
        <translation>Signal à envoyer au processus principal (SIGKILL ne peut pas être intercepté ; les autres peuvent être traités par le programme) :</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="257" />
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="275" />
        <source>Rename container</source>
        <translation>Renommer le conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="276" />
        <source>New name for «%1»:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="277" />
        <source>New container name</source>
        <translation>Nouveau nom du conteneur</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="301" />
        <source>Remove container «%1»?</source>
        <translation>Supprimer le conteneur « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/containersview.cpp" line="302" />
        <source>Remove %n containers?</source>
        <translation>
            <numerusform>Supprimer %n conteneur ?</numerusform>
            <numerusform>Supprimer %n conteneurs ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="304" />
        <source>Force: stop running containers first</source>
        <translation>Forcer : arrêter d'abord les conteneurs en cours d'exécution</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="305" />
        <source>Without this, the engine refuses to remove a running container.</source>
        <translation>Sans cette option, le moteur refuse de supprimer un conteneur en cours d'exécution.</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="307" />
        <source>Also remove anonymous volumes</source>
        <translation>Supprimer aussi les volumes anonymes</translation>
    </message>
    <message>
        <location filename="../views/containersview.cpp" line="308" />
        <source>Volumes created for this container without a name. Named volumes are kept.</source>
        <translation>Les volumes créés sans nom pour ce conteneur. Les volumes nommés sont conservés.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../views/detailspane.cpp" line="31" />
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="32" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="40" />
        <source>Details pane</source>
        <translation>Panneau des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="45" />
        <source>Selected object</source>
        <translation>Objet sélectionné</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="53" />
        <source>Error text</source>
        <translation>Texte de l'erreur</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="57" />
        <source>Details views</source>
        <translation>Vues des détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="63" />
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="64" />
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="65" />
        <source>Everything the engine says about it, as JSON</source>
        <translation>Tout ce que le moteur en dit, en JSON</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="66" />
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="67" />
        <source>What the container prints, live (docker logs)</source>
        <translation>Ce qu’affiche le conteneur, en direct (docker logs)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="68" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="70" />
        <source>Files the container added, changed or deleted (docker diff)</source>
        <translation>Fichiers que le conteneur a ajoutés, modifiés ou supprimés (docker diff)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="167" />
        <source>Could not read the details (%1)</source>
        <translation>Impossible de lire les détails (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="173" />
        <source>The engine sent details that are not valid JSON.</source>
        <translation>Le moteur a envoyé des détails qui ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="194" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="200" />
        <source>%1 «%2»</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="305" />
        <source>Stats</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="306" />
        <source>Live CPU, memory, network and disk use (docker stats)</source>
        <translation>CPU, mémoire, réseau et disque, en direct (docker stats)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="308" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="310" />
        <source>A shell inside the running container (docker exec -it), or its main process (docker attach)</source>
        <translation>Un shell dans le conteneur en marche (docker exec -it), ou son processus principal (docker attach)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="312" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="313" />
        <source>The image's layers and the instruction that made each (docker history)</source>
        <translation>Les couches de l’image et l’instruction qui a produit chacune (docker history)</translation>
    </message>
</context>
<context>
    <name>DockerfileEditor</name>
    <message>
        <location filename="../views/dockerfileeditor.cpp" line="47" />
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location filename="../views/dockerfileeditor.cpp" line="57" />
        <source>Completions</source>
        <translation>Complétions</translation>
    </message>
    <message>
        <location filename="../views/dockerfileeditor.cpp" line="295" />
        <location filename="../views/dockerfileeditor.cpp" line="327" />
        <source>Build error: %1</source>
        <translation>Erreur de construction : %1</translation>
    </message>
    <message>
        <location filename="../views/dockerfileeditor.cpp" line="299" />
        <source>The build is at this step.</source>
        <translation>La construction en est à cette étape.</translation>
    </message>
</context>
<context>
    <name>DockerfileMargin</name>
    <message>
        <location filename="../views/dockerfilemargin.cpp" line="13" />
        <source>Line numbers and lint marks</source>
        <translation>Numéros de ligne et marques d’analyse</translation>
    </message>
</context>
<context>
    <name>DockerfilePage</name>
    <message>
        <location filename="../views/dockerfilepage.cpp" line="37" />
        <source>Nothing was built: the Dockerfile has unsaved changes and saving them failed. %1</source>
        <translation>Rien n’a été construit : le Dockerfile a des modifications non enregistrées et leur enregistrement a échoué. %1</translation>
    </message>
    <message>
        <location filename="../views/dockerfilepage.cpp" line="39" />
        <source>Saved «%1» before building</source>
        <translation>« %1 » enregistré avant le build</translation>
    </message>
    <message>
        <location filename="../views/dockerfilepage.cpp" line="52" />
        <source>Dockerfiles and builds</source>
        <translation>Dockerfiles et constructions</translation>
    </message>
    <message>
        <location filename="../views/dockerfilepage.cpp" line="58" />
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../views/dockerfilepage.cpp" line="96" />
        <source>This new Dockerfile is not saved yet. Save it first (Save, or Ctrl+S): the engine builds a Dockerfile from a folder on disk.</source>
        <translation>Ce nouveau Dockerfile n’est pas encore enregistré. Enregistrez-le d’abord (Enregistrer, ou Ctrl+S) : le moteur construit un Dockerfile à partir d’un dossier sur le disque.</translation>
    </message>
</context>
<context>
    <name>DockerfileWorkspace</name>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="46" />
        <source>Dockerfiles (Dockerfile Containerfile *.Dockerfile *.dockerfile Dockerfile.*)</source>
        <translation>Dockerfiles (Dockerfile Containerfile *.Dockerfile *.dockerfile Dockerfile.*)</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="48" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="70" />
        <location filename="../views/dockerfileworkspace.cpp" line="91" />
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="74" />
        <location filename="../views/dockerfileworkspace.cpp" line="633" />
        <source>Dockerfiles</source>
        <translation>Dockerfiles</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="78" />
        <source>Dockerfile actions</source>
        <translation>Actions sur les Dockerfiles</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="80" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="82" />
        <source>A new, empty Dockerfile</source>
        <translation>Un nouveau Dockerfile, vide</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="84" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="90" />
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="95" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="103" />
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="118" />
        <source>Open Dockerfiles</source>
        <translation>Dockerfiles ouverts</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="129" />
        <source>Open a Dockerfile (a file with no extension, the plan of an image), drop one here, or start a new one.</source>
        <translation>Ouvrez un Dockerfile (un fichier sans extension, le plan de construction d’une image), déposez-en un ici, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="132" />
        <source>No Dockerfile open</source>
        <translation>Aucun Dockerfile ouvert</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="140" />
        <source>Outline of stages and instructions</source>
        <translation>Plan des étapes et des instructions</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="141" />
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="141" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="270" />
        <source>Could not open «%1»: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="272" />
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="300" />
        <source>This Dockerfile has never been saved: it has no file yet</source>
        <translation>Ce Dockerfile n’a jamais été enregistré : il n’a pas encore de fichier</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="315" />
        <source>Could not save «%1»: %2</source>
        <translation>Impossible d’enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="355" />
        <source>Save the Dockerfile as</source>
        <translation>Enregistrer le Dockerfile sous</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="383" />
        <source>Open a Dockerfile</source>
        <translation>Ouvrir un Dockerfile</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="411" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="412" />
        <source>«%1» has changes that are not saved.</source>
        <translation>« %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="415" />
        <source>Save them before closing the tab?</source>
        <translation>Les enregistrer avant de fermer l’onglet ?</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="493" />
        <source>Unsaved Dockerfiles</source>
        <translation>Dockerfiles non enregistrés</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dockerfileworkspace.cpp" line="494" />
        <source>%n Dockerfile(s) have changes that are not saved.</source>
        <translation>
            <numerusform>%n Dockerfile a des modifications non enregistrées.</numerusform>
            <numerusform>%n Dockerfiles ont des modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="497" />
        <source>Save them before quitting?</source>
        <translation>Les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="529" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="531" />
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="571" />
        <source>Stage %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="572" />
        <source>Stage %1 «%2»: %3</source>
        <translation>Étape %1 « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="621" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="624" />
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="781" />
        <source>Restore Dockerfiles</source>
        <translation>Restaurer des Dockerfiles</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dockerfileworkspace.cpp" line="782" />
        <source>Quai ended without saving %n Dockerfile(s). Restore the autosaved copies?</source>
        <translation>
            <numerusform>Quai s’est arrêté sans enregistrer %n Dockerfile. Restaurer la copie enregistrée automatiquement ?</numerusform>
            <numerusform>Quai s’est arrêté sans enregistrer %n Dockerfiles. Restaurer les copies enregistrées automatiquement ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="786" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="787" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../views/dockerfileworkspace.cpp" line="788" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>EngineStatusWidget</name>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="16" />
        <source>Engine status</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="51" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="55" />
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="59" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="63" />
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="70" />
        <source>Endpoint from %1</source>
        <translation>Point de connexion issu de %1</translation>
    </message>
    <message>
        <location filename="../views/enginestatuswidget.cpp" line="74" />
        <source>Engine %1 · API %2</source>
        <translation>Moteur %1 · API %2</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../views/errorbanner.cpp" line="14" />
        <source>Error message</source>
        <translation>Message d'erreur</translation>
    </message>
    <message>
        <location filename="../views/errorbanner.cpp" line="23" />
        <source>Error text</source>
        <translation>Texte de l'erreur</translation>
    </message>
    <message>
        <location filename="../views/errorbanner.cpp" line="26" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/errorbanner.cpp" line="27" />
        <source>Dismiss the error message</source>
        <translation>Fermer le message d'erreur</translation>
    </message>
</context>
<context>
    <name>ImageHistoryWidget</name>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="28" />
        <source>docker command and Engine API call</source>
        <translation>Commande docker et appel à l’API du moteur</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="31" />
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="33" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="33" />
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="33" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="33" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="36" />
        <source>Image layers</source>
        <translation>Couches de l’image</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="60" />
        <source>No image selected.</source>
        <translation>Aucune image sélectionnée.</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="66" />
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="71" />
        <source>Could not read the history of «%1»</source>
        <translation>Impossible de lire l’historique de «%1»</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="94" />
        <source>(imported, no instruction)</source>
        <translation>(importée, sans instruction)</translation>
    </message>
    <message>
        <location filename="../views/imagehistorywidget.cpp" line="102" />
        <source>This step changed only the image's settings: it added no files.</source>
        <translation>Cette étape n’a changé que les réglages de l’image : elle n’a ajouté aucun fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imagehistorywidget.cpp" line="110" />
        <source>%n step(s), of which %1 added files (%2 in all). Newest first.</source>
        <translation>
            <numerusform>%n étape, dont %1 a ajouté des fichiers (%2 en tout). La plus récente d’abord.</numerusform>
            <numerusform>%n étapes, dont %1 ont ajouté des fichiers (%2 en tout). Les plus récentes d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageModel</name>
    <message>
        <location filename="../models/imagemodel.cpp" line="58" />
        <source>No tag: only its ID names it. `docker image prune` removes such images when no container uses them.</source>
        <translation>Sans étiquette : seul son ID la désigne. `docker image prune` supprime ces images quand aucun conteneur ne les utilise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/imagemodel.cpp" line="78" />
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="78" />
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="80" />
        <source>dangling</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="94" />
        <source>Repository:Tag</source>
        <translation>Dépôt:Étiquette</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="95" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="96" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="97" />
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="98" />
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="99" />
        <source>Dangling</source>
        <translation>Orpheline</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="128" />
        <source>Could not list images</source>
        <translation>Impossible de lister les images</translation>
    </message>
    <message>
        <location filename="../models/imagemodel.cpp" line="150" />
        <source>Could not read image %1</source>
        <translation>Impossible de lire l'image %1</translation>
    </message>
</context>
<context>
    <name>ImagePruneDialog</name>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="24" />
        <source>Dangling images only: no tag, used by no container (docker image prune)</source>
        <translation>Images orphelines seulement : sans étiquette, utilisées par aucun conteneur (docker image prune)</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="26" />
        <source>Every image no container uses, tagged ones too (docker image prune -a)</source>
        <translation>Toutes les images qu’aucun conteneur n’utilise, étiquetées comprises (docker image prune -a)</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="20" />
        <source>Remove unused images</source>
        <translation>Supprimer les images inutilisées</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="21" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="21" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="21" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="21" />
        <source>Own size</source>
        <translation>Taille propre</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="21" />
        <source>Images that will be removed</source>
        <translation>Images qui seront supprimées</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="40" />
        <source>Space reclaimed</source>
        <translation>Espace récupéré</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="20" />
        <source>These images will be removed:</source>
        <translation>Ces images seront supprimées :</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="22" />
        <source>Deleted image</source>
        <translation>Image supprimée</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="22" />
        <source>Deleted images</source>
        <translation>Images supprimées</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="22" />
        <source>Remove these images</source>
        <translation>Supprimer ces images</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="97" />
        <source>Could not list images</source>
        <translation>Impossible de lister les images</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="132" />
        <source>&lt;none&gt; (dangling)</source>
        <translation>&lt;none&gt; (orpheline)</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="139" />
        <source>shared</source>
        <translation>partagée</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="140" />
        <source>An intermediate layer: its files are counted with the image built on it.</source>
        <translation>Une couche intermédiaire : ses fichiers sont comptés avec l’image construite dessus.</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="151" />
        <source>Nothing to remove: every image that matches is used by a container.</source>
        <translation>Rien à supprimer : chaque image correspondante est utilisée par un conteneur.</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="152" />
        <source>Nothing to remove: no dangling image matches, or containers use them.</source>
        <translation>Rien à supprimer : aucune image orpheline ne correspond, ou des conteneurs les utilisent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imageprunedialog.cpp" line="154" />
        <source>%n image(s); space reclaimed: about %1</source>
        <translation>
            <numerusform>%n image ; espace récupéré : environ %1</numerusform>
            <numerusform>%n images ; espace récupéré : environ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imageprunedialog.cpp" line="155" />
        <source>%n image(s); space reclaimed: at least %1</source>
        <translation>
            <numerusform>%n image ; espace récupéré : au moins %1</numerusform>
            <numerusform>%n images ; espace récupéré : au moins %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="169" />
        <source>The images were pruned, but the engine's report could not be read: %1</source>
        <translation>Les images ont été nettoyées, mais le rapport du moteur est illisible : %1</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="174" />
        <source>untagged %1</source>
        <translation>étiquette retirée : %1</translation>
    </message>
    <message>
        <location filename="../views/imageprunedialog.cpp" line="176" />
        <source>deleted %1</source>
        <translation>supprimée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imageprunedialog.cpp" line="178" />
        <source>The engine deleted %n image(s) and reclaimed %1.</source>
        <translation>
            <numerusform>Le moteur a supprimé %n image et récupéré %1.</numerusform>
            <numerusform>Le moteur a supprimé %n images et récupéré %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTagDialog</name>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="28" />
        <source>Tag image</source>
        <translation>Étiqueter l’image</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="31" />
        <source>A tag is another name for the same image: nothing is copied. To push to a registry, start the name with its host, e.g. 127.0.0.1:5000/name:tag.</source>
        <translation>Une étiquette est un autre nom pour la même image : rien n’est copié. Pour envoyer vers un registre, commencez le nom par son hôte, p. ex. 127.0.0.1:5000/nom:etiquette.</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="36" />
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="37" />
        <source>[registry/]name[:tag]</source>
        <translation>[registre/]nom[:étiquette]</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="40" />
        <source>Problem with the name</source>
        <translation>Problème avec le nom</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="45" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="46" />
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="47" />
        <source>&amp;New name:</source>
        <translation>&amp;Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="50" />
        <location filename="../views/imagetagdialog.cpp" line="51" />
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="52" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/imagetagdialog.cpp" line="60" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
</context>
<context>
    <name>ImageTransfer</name>
    <message>
        <location filename="../models/imagetransfer.cpp" line="37" />
        <source>Could not read the credentials for %1: %2</source>
        <translation>Impossible de lire les identifiants de %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/imagetransfer.cpp" line="67" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <location filename="../views/imagesview.cpp" line="30" />
        <source>Filter images…</source>
        <translation>Filtrer les images…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="31" />
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="32" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="33" />
        <source>Run…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="34" />
        <source>Run a container from the selected image</source>
        <translation>Lancer un conteneur à partir de l’image sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="37" />
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="38" />
        <source>Give the selected image another name (docker tag)</source>
        <translation>Donner un autre nom à l’image sélectionnée (docker tag)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="41" />
        <source>Push…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="42" />
        <source>Send the selected image to a registry (docker push)</source>
        <translation>Envoyer l’image sélectionnée vers un registre (docker push)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="45" />
        <source>Pull…</source>
        <translation>Récupérer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="46" />
        <source>Fetch an image from a registry (docker pull)</source>
        <translation>Récupérer une image depuis un registre (docker pull)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="49" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="50" />
        <source>The layers of the selected image and the instructions that made them (docker history)</source>
        <translation>Les couches de l’image sélectionnée et les instructions qui les ont créées (docker history)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="54" />
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="55" />
        <source>Remove images no container uses (docker image prune), after showing which</source>
        <translation>Supprimer les images qu’aucun conteneur n’utilise (docker image prune), après avoir montré lesquelles</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="59" />
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="60" />
        <source>Remove the selected images (Delete)</source>
        <translation>Supprimer les images sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="72" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="154" />
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="192" />
        <source>Remove image «%1»?</source>
        <translation>Supprimer l'image « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imagesview.cpp" line="193" />
        <source>Remove %n images?</source>
        <translation>
            <numerusform>Supprimer %n image ?</numerusform>
            <numerusform>Supprimer %n images ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="195" />
        <source>Force: remove even if tagged several times or used by a stopped container</source>
        <translation>Forcer : supprimer même si elle a plusieurs étiquettes ou sert à un conteneur arrêté</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="196" />
        <source>Without this, the engine refuses to remove an image that a container uses. Even with it, an image a running container uses stays.</source>
        <translation>Sans cela, le moteur refuse de supprimer une image qu’un conteneur utilise. Même avec, une image utilisée par un conteneur en cours d’exécution reste.</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="262" />
        <source>«%1» (running)</source>
        <translation>«%1» (en cours d’exécution)</translation>
    </message>
    <message>
        <location filename="../views/imagesview.cpp" line="262" />
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imagesview.cpp" line="267" />
        <source>The image is used by %n container(s): %1. Stop and remove those containers first: even Force does not remove an image a running container uses.</source>
        <translation>
            <numerusform>L’image est utilisée par %n conteneur : %1. Arrêtez et supprimez d’abord ce conteneur : même Forcer ne supprime pas une image utilisée par un conteneur en cours d’exécution.</numerusform>
            <numerusform>L’image est utilisée par %n conteneurs : %1. Arrêtez et supprimez d’abord ces conteneurs : même Forcer ne supprime pas une image utilisée par un conteneur en cours d’exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/imagesview.cpp" line="270" />
        <source>The image is used by %n container(s): %1. Remove those containers first, or remove with Force, which leaves them without their image's name.</source>
        <translation>
            <numerusform>L’image est utilisée par %n conteneur : %1. Supprimez d’abord ce conteneur, ou supprimez avec Forcer, qui le laisse sans le nom de son image.</numerusform>
            <numerusform>L’image est utilisée par %n conteneurs : %1. Supprimez d’abord ces conteneurs, ou supprimez avec Forcer, qui les laisse sans le nom de leur image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeWidget</name>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="37" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="37" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="38" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="46" />
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="51" />
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="106" />
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/jsontreewidget.cpp" line="107" />
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/jsontreewidget.cpp" line="114" />
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/jsontreewidget.cpp" line="115" />
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
        <location filename="../views/keyvaluetable.cpp" line="14" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="15" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="18" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="18" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="23" />
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="24" />
        <source>Remove the current row of %1</source>
        <translation>Retirer la ligne courante de %1</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="88" />
        <source>Paste lines</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="89" />
        <source>Paste KEY=VALUE lines into %1</source>
        <translation>Coller des lignes CLÉ=VALEUR dans %1</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="90" />
        <source>Adds one row for each KEY=VALUE line of the clipboard</source>
        <translation>Ajoute une ligne pour chaque ligne CLÉ=VALEUR du presse-papiers</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../models/logmodel.cpp" line="164" />
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../models/logmodel.cpp" line="164" />
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../models/logmodel.cpp" line="165" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../views/logview.cpp" line="29" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="41" />
        <source>Container logs</source>
        <translation>Journaux du conteneur</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="43" />
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="46" />
        <source>Keep the newest line in view as lines arrive</source>
        <translation>Garder la dernière ligne visible à mesure que les lignes arrivent</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="47" />
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="48" />
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="50" />
        <source>Show when the container wrote each line</source>
        <translation>Afficher quand le conteneur a écrit chaque ligne</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="51" />
        <source>Show timestamps</source>
        <translation>Afficher l’horodatage</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="53" />
        <source>Last 100 lines</source>
        <translation>100 dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="54" />
        <source>Last 1,000 lines</source>
        <translation>1 000 dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="55" />
        <source>Last 10,000 lines</source>
        <translation>10 000 dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="56" />
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="58" />
        <source>How many of the existing lines to read first (docker logs --tail)</source>
        <translation>Nombre de lignes existantes à lire d’abord (docker logs --tail)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="59" />
        <source>Tail</source>
        <translation>Dernières lignes</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="60" />
        <source>Only lines written after this time (docker logs --since)</source>
        <translation>Seulement les lignes écrites après cette date (docker logs --since)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="61" />
        <source>Only lines since a time</source>
        <translation>Seulement les lignes depuis une date</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="65" />
        <source>Since time</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="67" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="69" />
        <source>Search the logs</source>
        <translation>Rechercher dans les journaux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="71" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="72" />
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="74" />
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="75" />
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="76" />
        <source>Match count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="77" />
        <location filename="../views/logview.cpp" line="254" />
        <source>%n matches</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="78" />
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="79" />
        <source>Save the lines shown to a file</source>
        <translation>Enregistrer les lignes affichées dans un fichier</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="80" />
        <location filename="../views/logview.cpp" line="286" />
        <location filename="../views/logview.cpp" line="292" />
        <source>Save the logs</source>
        <translation>Enregistrer les journaux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="81" />
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="82" />
        <source>Empty the view; new lines still arrive</source>
        <translation>Vide l’affichage ; les nouvelles lignes continuent d’arriver</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="83" />
        <source>Clear the view</source>
        <translation>Vider l’affichage</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="92" />
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="93" />
        <source>Log stream status</source>
        <translation>État du flux de journaux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="237" />
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="262" />
        <source>Not streaming.</source>
        <translation>Pas de flux en cours.</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="265" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="268" />
        <source>Live: %n lines (%1).</source>
        <translation>
            <numerusform>En direct : %n ligne (%1).</numerusform>
            <numerusform>En direct : %n lignes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="269" />
        <source>terminal output, one stream</source>
        <translation>sortie d’un terminal, un seul flux</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="270" />
        <source>stdout and stderr, stderr in red</source>
        <translation>stdout et stderr, stderr en rouge</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="273" />
        <source>%n lines. The stream ended: the container is not running.</source>
        <translation>
            <numerusform>%n ligne. Le flux est terminé : le conteneur ne tourne pas.</numerusform>
            <numerusform>%n lignes. Le flux est terminé : le conteneur ne tourne pas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="288" />
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="288" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/logview.cpp" line="297" />
        <source>Could not save the logs to %1: %2</source>
        <translation>Impossible d’enregistrer les journaux dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/logview.cpp" line="300" />
        <source>Saved %n lines to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../views/logindialog.cpp" line="40" />
        <source>Log in to a registry</source>
        <translation>Se connecter à un registre</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="43" />
        <source>Registry server</source>
        <translation>Serveur du registre</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="44" />
        <source>Docker Hub when empty; e.g. 127.0.0.1:5000</source>
        <translation>Docker Hub si vide ; p. ex. 127.0.0.1:5000</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="45" />
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="46" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="51" />
        <source>Where the credentials are kept</source>
        <translation>Où sont conservés les identifiants</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="54" />
        <source>Login status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="57" />
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="58" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="59" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="63" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="64" />
        <location filename="../views/logindialog.cpp" line="65" />
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="73" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="123" />
        <source>The credentials will be kept by the credential helper docker-credential-%1, as config.json says.</source>
        <translation>Les identifiants seront conservés par l’assistant docker-credential-%1, comme l’indique config.json.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="126" />
        <source>⚠ No credential helper is configured: like the docker CLI, Quai will store the password in %1, base64-encoded but NOT encrypted. Anyone who can read that file can read it. Set "credsStore" in that file to use a helper instead.</source>
        <translation>⚠ Aucun assistant d’identifiants n’est configuré : comme la commande docker, Quai enregistrera le mot de passe dans %1, encodé en base64 mais NON chiffré. Quiconque peut lire ce fichier peut le lire. Renseignez « credsStore » dans ce fichier pour utiliser un assistant.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="153" />
        <source>Asking the engine to check the credentials with %1…</source>
        <translation>Le moteur vérifie les identifiants auprès de %1…</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="168" />
        <source>Login succeeded; storing the credentials…</source>
        <translation>Connexion réussie ; enregistrement des identifiants…</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="171" />
        <source>The registry accepted the login, but the credentials could not be stored: %1</source>
        <translation>Le registre a accepté la connexion, mais les identifiants n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="177" />
        <source>Logged in to %1. The password is stored unencrypted in %2.</source>
        <translation>Connecté à %1. Le mot de passe est enregistré non chiffré dans %2.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="179" />
        <source>Logged in to %1. The credentials are kept by docker-credential-%2.</source>
        <translation>Connecté à %1. Les identifiants sont conservés par docker-credential-%2.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="183" />
        <location filename="../views/logindialog.cpp" line="184" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="54" />
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="57" />
        <location filename="../app/mainwindow.cpp" line="94" />
        <source>Mount map</source>
        <translation>Carte des montages</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59" />
        <source>&amp;Browse files…</source>
        <translation>&amp;Parcourir les fichiers…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60" />
        <location filename="../app/mainwindow.cpp" line="99" />
        <source>Network topology</source>
        <translation>Topologie du réseau</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="65" />
        <source>Quai — %1</source>
        <translation>Quai — %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="89" />
        <source>Commands panel</source>
        <translation>Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112" />
        <source>Browse, read, download and upload the files of the selected volume</source>
        <translation>Parcourir, lire, télécharger et envoyer les fichiers du volume sélectionné</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128" />
        <source>Up to date; following engine events.</source>
        <translation>À jour ; suivi des événements du moteur.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="140" />
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199" />
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208" />
        <location filename="../app/mainwindow.cpp" line="209" />
        <source>Dockerfiles</source>
        <translation>Dockerfiles</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210" />
        <source>Write Dockerfiles and build images (Ctrl+5)</source>
        <translation>Écrire des Dockerfiles et construire des images (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218" />
        <source>&amp;New Dockerfile</source>
        <translation>&amp;Nouveau Dockerfile</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223" />
        <source>&amp;Open Dockerfile…</source>
        <translation>&amp;Ouvrir un Dockerfile…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236" />
        <source>&amp;Containers</source>
        <translation>&amp;Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236" />
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236" />
        <source>&amp;Volumes</source>
        <translation>&amp;Volumes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236" />
        <source>&amp;Networks</source>
        <translation>&amp;Réseaux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241" />
        <source>&amp;Dockerfiles</source>
        <translation>&amp;Dockerfiles</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="245" />
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251" />
        <source>Commands &amp;panel</source>
        <translation>&amp;Panneau des commandes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255" />
        <source>&amp;Mount map</source>
        <translation>Carte des &amp;montages</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="264" />
        <source>Network &amp;topology</source>
        <translation>&amp;Topologie du réseau</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="273" />
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="278" />
        <source>I&amp;mage</source>
        <translation>I&amp;mage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284" />
        <source>Select an image first.</source>
        <translation>Sélectionnez d’abord une image.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="287" />
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288" />
        <source>&amp;Push…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289" />
        <source>P&amp;ull…</source>
        <translation>&amp;Récupérer…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="293" />
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="294" />
        <source>P&amp;rune…</source>
        <translation>&amp;Nettoyer…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="298" />
        <source>&amp;Registry</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="299" />
        <source>&amp;Log in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="304" />
        <source>Remove selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="313" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="314" />
        <source>&amp;About Quai</source>
        <translation>&amp;À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="439" />
        <source>About Quai</source>
        <translation>À propos de Quai</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="440" />
        <source>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;A desktop manager for the Docker Engine: containers, images, volumes and networks, kept live from the engine's events. Every change is shown as a docker command and as an Engine API call.&lt;/p&gt;&lt;p&gt;Endpoint: %2&lt;br&gt;Engine: %3, API %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quai %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de bureau pour le Docker Engine : conteneurs, images, volumes et réseaux, tenus à jour par les événements du moteur. Chaque modification est affichée sous forme de commande docker et d'appel à l'API du moteur.&lt;/p&gt;&lt;p&gt;Point de connexion : %2&lt;br&gt;Moteur : %3, API %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="448" />
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>MountMapPanel</name>
    <message>
        <location filename="../views/mountmappanel.cpp" line="23" />
        <source>Mount map actions</source>
        <translation>Actions de la carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="25" />
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="26" />
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="27" />
        <source>Save the mount map as a PNG picture</source>
        <translation>Enregistrer la carte des montages comme image PNG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="28" />
        <source>Save the mount map as an SVG drawing</source>
        <translation>Enregistrer la carte des montages comme dessin SVG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="29" />
        <source>Mount map status</source>
        <translation>État de la carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="77" />
        <source>Could not read the container's mounts</source>
        <translation>Impossible de lire les montages du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="93" />
        <source>Save the mount map as SVG</source>
        <translation>Enregistrer la carte des montages en SVG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="93" />
        <source>Save the mount map as PNG</source>
        <translation>Enregistrer la carte des montages en PNG</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="96" />
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="96" />
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../views/mountmappanel.cpp" line="105" />
        <source>Saved as %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>MountMapView</name>
    <message>
        <location filename="../views/mountmapview.cpp" line="105" />
        <location filename="../views/mountmapview.cpp" line="299" />
        <source>Mount map</source>
        <translation>Carte des montages</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="164" />
        <source>Select a container or a volume to see where its data lives.</source>
        <translation>Sélectionnez un conteneur ou un volume pour voir où se trouvent ses données.</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="172" />
        <source>Where the data of container «%1» lives</source>
        <translation>Où se trouvent les données du conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="174" />
        <source>Where volume «%1» is used</source>
        <translation>Où le volume « %1 » est utilisé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="180" />
        <source>On the host</source>
        <translation>Sur l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="180" />
        <source>Managed by Docker</source>
        <translation>Géré par Docker</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="180" />
        <source>Inside the container</source>
        <translation>Dans le conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="192" />
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="192" />
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="195" />
        <source>%1 in «%2»</source>
        <translation>%1 dans « %2 »</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="204" />
        <source>Host folder</source>
        <translation>Dossier de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="206" />
        <source>bind mount, %1: depends on the host's files</source>
        <translation>montage lié, %1 : dépend des fichiers de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="209" />
        <source>Volume folder</source>
        <translation>Dossier du volume</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="211" />
        <source>Volume «%1»</source>
        <translation>Volume « %1 »</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="212" />
        <source>kept when the container is removed</source>
        <translation>conservé quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="217" />
        <source>Memory (RAM)</source>
        <translation>Mémoire (RAM)</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="218" />
        <source>no file on disk</source>
        <translation>aucun fichier sur le disque</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="218" />
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="220" />
        <source>tmpfs: lost when the container stops</source>
        <translation>tmpfs : perdu à l’arrêt du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="223" />
        <source>Writable layer</source>
        <translation>Couche inscriptible</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="224" />
        <source>lost when the container is removed</source>
        <translation>perdue quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="225" />
        <source>The container's own changes</source>
        <translation>Les modifications propres au conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="229" />
        <source>Other mount</source>
        <translation>Autre montage</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="235" />
        <source>not mounted by any container</source>
        <translation>monté par aucun conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="240" />
        <source>/ (every other path)</source>
        <translation>/ (tous les autres chemins)</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="243" />
        <source>container «%1»</source>
        <translation>conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="253" />
        <source>Bind mount: a host folder; depends on the host, risky if its permissions are wrong</source>
        <translation>Montage lié : un dossier de l’hôte ; dépend de l’hôte, risqué si ses permissions sont mal réglées</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="254" />
        <source>Volume: managed by Docker under /var/lib/docker/volumes; portable, easy to back up</source>
        <translation>Volume : géré par Docker sous /var/lib/docker/volumes ; portable, facile à sauvegarder</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="255" />
        <source>tmpfs: in memory only; fast, lost on restart</source>
        <translation>tmpfs : en mémoire seulement ; rapide, perdu au redémarrage</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="256" />
        <source>Writable layer: the container's own changes; lost when the container is removed</source>
        <translation>Couche inscriptible : les modifications propres au conteneur ; perdues quand le conteneur est supprimé</translation>
    </message>
    <message>
        <location filename="../views/mountmapview.cpp" line="286" />
        <location filename="../views/mountmapview.cpp" line="304" />
        <source>Could not save the mount map as «%1»</source>
        <translation>Impossible d’enregistrer la carte des montages sous « %1 »</translation>
    </message>
</context>
<context>
    <name>MountRowEdit</name>
    <message>
        <location filename="../views/mountrowedit.cpp" line="21" />
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="24" />
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="25" />
        <source>bind</source>
        <translation>bind</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="26" />
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="28" />
        <source>Mount type</source>
        <translation>Type de montage</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="30" />
        <source>Mount source</source>
        <translation>Source du montage</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="31" />
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="32" />
        <source>Choose a host folder</source>
        <translation>Choisir un dossier de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="33" />
        <source>/path/in/container</source>
        <translation>/chemin/dans/le/conteneur</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="34" />
        <source>Mount target</source>
        <translation>Cible du montage</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="36" />
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="37" />
        <source>size, e.g. 64m</source>
        <translation>taille, p. ex. 64m</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="38" />
        <source>tmpfs size</source>
        <translation>taille du tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="40" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="41" />
        <source>Remove mount row</source>
        <translation>Retirer la ligne de montage</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="80" />
        <source>Volume: storage the engine manages; it outlives the container. Pick one or type a new name (empty: an anonymous volume).</source>
        <translation>Volume : un stockage géré par le moteur, qui survit au conteneur. Choisissez-en un ou tapez un nouveau nom (vide : un volume anonyme).</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="83" />
        <source>Bind: a folder of the engine's host, seen live inside the container.</source>
        <translation>Bind : un dossier de l’hôte du moteur, vu en direct dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="85" />
        <source>tmpfs: memory only; its content is gone when the container stops.</source>
        <translation>tmpfs : en mémoire seulement ; son contenu disparaît quand le conteneur s’arrête.</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="136" />
        <source>volume name; empty: anonymous</source>
        <translation>nom du volume ; vide : anonyme</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="138" />
        <source>/absolute/host/path</source>
        <translation>/chemin/absolu/sur/l’hôte</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="146" />
        <source>The engine is remote: type a path on its host.</source>
        <translation>Le moteur est distant : tapez un chemin sur son hôte.</translation>
    </message>
    <message>
        <location filename="../views/mountrowedit.cpp" line="153" />
        <source>Host folder to mount</source>
        <translation>Dossier de l’hôte à monter</translation>
    </message>
</context>
<context>
    <name>MountTypesExplainer</name>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="24" />
        <source>Where does a container's data live?</source>
        <translation>Où vivent les données d’un conteneur ?</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="27" />
        <source>Mount types compared</source>
        <translation>Types de montage comparés</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30" />
        <source>Container layer</source>
        <translation>Couche du conteneur</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30" />
        <source>Bind mount</source>
        <translation>Montage lié (bind mount)</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30" />
        <source>Named volume</source>
        <translation>Volume nommé</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="30" />
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="38" />
        <source>Where the data lives</source>
        <translation>Où vivent les données</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="39" />
        <source>Inside the container's own writable layer, managed by the storage driver.</source>
        <translation>Dans la couche inscriptible propre au conteneur, gérée par le pilote de stockage.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="40" />
        <source>In a folder of the host that you choose, e.g. /home/me/site.</source>
        <translation>Dans un dossier de l’hôte que vous choisissez, par exemple /home/moi/site.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="41" />
        <source>In a folder Docker manages, usually /var/lib/docker/volumes/&lt;name&gt;/_data.</source>
        <translation>Dans un dossier géré par Docker, en général /var/lib/docker/volumes/&lt;nom&gt;/_data.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="42" />
        <source>In the host's memory (RAM) only; nothing is written to disk.</source>
        <translation>Uniquement dans la mémoire (RAM) de l’hôte ; rien n’est écrit sur le disque.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="43" />
        <source>Survives removing the container?</source>
        <translation>Survit à la suppression du conteneur ?</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="44" />
        <source>No: removing the container deletes it.</source>
        <translation>Non : supprimer le conteneur l’efface.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="45" />
        <source>Yes: the folder belongs to the host.</source>
        <translation>Oui : le dossier appartient à l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="46" />
        <source>Yes: the volume stays until you remove it, and can be mounted again.</source>
        <translation>Oui : le volume reste jusqu’à ce que vous le supprimiez, et peut être monté à nouveau.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="47" />
        <source>No.</source>
        <translation>Non.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="48" />
        <source>Survives restarting the container?</source>
        <translation>Survit au redémarrage du conteneur ?</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="49" />
        <source>Yes, as long as the container is not removed.</source>
        <translation>Oui, tant que le conteneur n’est pas supprimé.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="50" />
        <location filename="../views/mounttypesexplainer.cpp" line="51" />
        <source>Yes.</source>
        <translation>Oui.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="52" />
        <source>No: it is empty again after a restart of the container or the host.</source>
        <translation>Non : il est vide à nouveau après un redémarrage du conteneur ou de l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="53" />
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="54" />
        <source>Tied to that one container.</source>
        <translation>Liée à ce seul conteneur.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="55" />
        <source>Low: depends on the host's folder layout and file system.</source>
        <translation>Faible : dépend de l’arborescence et du système de fichiers de l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="56" />
        <source>High: independent of the host's layout; easy to back up, move and share between containers.</source>
        <translation>Élevée : indépendant de l’arborescence de l’hôte ; facile à sauvegarder, déplacer et partager entre conteneurs.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="58" />
        <source>None: it is scratch space.</source>
        <translation>Aucune : c’est un espace de travail jetable.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="59" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="60" />
        <source>Isolated in the container.</source>
        <translation>Isolée dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="61" />
        <source>Risky when permissions are wrong: the container can read or change host files. Mount read-only when you can.</source>
        <translation>Risqué si les permissions sont mal réglées : le conteneur peut lire ou modifier des fichiers de l’hôte. Montez en lecture seule quand c’est possible.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="63" />
        <source>Safer: only containers that mount it see it.</source>
        <translation>Plus sûr : seuls les conteneurs qui le montent le voient.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="64" />
        <source>Good for secrets that must never touch the disk.</source>
        <translation>Bien pour des secrets qui ne doivent jamais toucher le disque.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="65" />
        <source>Good for</source>
        <translation>Adapté à</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="66" />
        <source>Temporary files the app can lose.</source>
        <translation>Des fichiers temporaires que l’application peut perdre.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="67" />
        <source>Source code during development, configuration files.</source>
        <translation>Du code source pendant le développement, des fichiers de configuration.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="68" />
        <source>Databases and any data that must persist: the recommended choice.</source>
        <translation>Les bases de données et toute donnée qui doit persister : le choix recommandé.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="69" />
        <source>Caches and fast temporary data.</source>
        <translation>Des caches et des données temporaires rapides.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="70" />
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="79" />
        <source>Data written inside a container is ephemeral: it goes with the container. To keep it, mount storage from outside. The four places compared:</source>
        <translation>Les données écrites dans un conteneur sont éphémères : elles partent avec lui. Pour les garder, montez un stockage venu de l’extérieur. Les quatre emplacements comparés :</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="95" />
        <source>A volume that a container uses, even a stopped one, cannot be removed: stop and remove that container first. «docker volume prune» removes the volumes no container uses.</source>
        <translation>Un volume utilisé par un conteneur, même arrêté, ne peut pas être supprimé : arrêtez puis supprimez d’abord ce conteneur. « docker volume prune » supprime les volumes qu’aucun conteneur n’utilise.</translation>
    </message>
    <message>
        <location filename="../views/mounttypesexplainer.cpp" line="103" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NetworkConnectDialog</name>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="60" />
        <source>Choice check</source>
        <translation>Vérification du choix</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="62" />
        <source>Aliases check</source>
        <translation>Vérification des alias</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="65" />
        <source>IPv4 address check</source>
        <translation>Vérification de l’adresse IPv4</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="75" />
        <source>Connect a container to «%1»</source>
        <translation>Connecter un conteneur à « %1 »</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="76" />
        <source>Connect a container, running or stopped, to network «%1». A running container gets its address at once; a stopped one when it starts.</source>
        <translation>Connecter un conteneur, lancé ou arrêté, au réseau « %1 ». Un conteneur lancé reçoit son adresse aussitôt ; un conteneur arrêté, à son démarrage.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="78" />
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="82" />
        <source>Connect «%1» to a network</source>
        <translation>Connecter « %1 » à un réseau</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="83" />
        <source>Connect container «%1» to one more network.</source>
        <translation>Connecter le conteneur « %1 » à un réseau de plus.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="84" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="89" />
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="90" />
        <source>Optional: other names on this network, separated by commas</source>
        <translation>Facultatif : d’autres noms sur ce réseau, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="91" />
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="92" />
        <source>Optional: a fixed address; empty, the engine picks one</source>
        <translation>Facultative : une adresse fixe ; vide, le moteur en choisit une</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="94" />
        <source>Subnet of the network</source>
        <translation>Sous-réseau du réseau</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="101" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="105" />
        <source>&amp;Container:</source>
        <translation>&amp;Conteneur :</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="105" />
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="107" />
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="109" />
        <source>&amp;IPv4 address:</source>
        <translation>Adresse &amp;IPv4 :</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="114" />
        <location filename="../views/networkconnectdialog.cpp" line="115" />
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="117" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="124" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="159" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="166" />
        <source>%1 (predefined)</source>
        <translation>%1 (prédéfini)</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="221" />
        <source>Aliases: «%1» is not a valid host name.</source>
        <translation>Alias : « %1 » n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="232" />
        <source>IPv4 address: %1.</source>
        <translation>Adresse IPv4 : %1.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="234" />
        <source>IPv4 address: «%1» is an IPv6 address.</source>
        <translation>Adresse IPv4 : « %1 » est une adresse IPv6.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="245" />
        <source>IPv4 address: %1 is the network or broadcast address of %2.</source>
        <translation>Adresse IPv4 : %1 est l’adresse de réseau ou de diffusion de %2.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="249" />
        <source>IPv4 address: %1 is the network's gateway.</source>
        <translation>Adresse IPv4 : %1 est la passerelle du réseau.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="256" />
        <source>IPv4 address: %1 is outside the subnet %2 of network «%3».</source>
        <translation>Adresse IPv4 : %1 est hors du sous-réseau %2 du réseau « %3 ».</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="263" />
        <source>Every container is already on this network.</source>
        <translation>Tous les conteneurs sont déjà sur ce réseau.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="264" />
        <source>This container is already on every network.</source>
        <translation>Ce conteneur est déjà sur tous les réseaux.</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="316" />
        <source>Subnet: %1</source>
        <translation>Sous-réseau : %1</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="329" />
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="348" />
        <source>The engine refused: %1</source>
        <translation>Le moteur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../views/networkconnectdialog.cpp" line="360" />
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>NetworkCreateDialog</name>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="50" />
        <source>&amp;Internal: no route outside the network</source>
        <translation>&amp;Interne : aucune route hors du réseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="51" />
        <source>&amp;Attachable (swarm networks)</source>
        <translation>&amp;Attachable (réseaux swarm)</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="52" />
        <source>Enable IPv&amp;6</source>
        <translation>Activer IPv&amp;6</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="55" />
        <location filename="../views/networkcreatedialog.cpp" line="113" />
        <location filename="../views/networkcreatedialog.cpp" line="214" />
        <location filename="../views/networkcreatedialog.cpp" line="237" />
        <location filename="../views/networkcreatedialog.cpp" line="292" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="56" />
        <location filename="../views/networkcreatedialog.cpp" line="115" />
        <location filename="../views/networkcreatedialog.cpp" line="216" />
        <location filename="../views/networkcreatedialog.cpp" line="239" />
        <location filename="../views/networkcreatedialog.cpp" line="293" />
        <source>Driver options</source>
        <translation>Options du pilote</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="60" />
        <source>Create a network</source>
        <translation>Créer un réseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="64" />
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="65" />
        <source>monreseau</source>
        <translation>monreseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="68" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="69" />
        <source>«bridge» links containers on this host. The list holds the network drivers this engine offers.</source>
        <translation>« bridge » relie les conteneurs de cet hôte. La liste donne les pilotes réseau que ce moteur propose.</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="71" />
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="72" />
        <source>Optional, e.g. 172.28.0.0/16; empty: the engine picks one</source>
        <translation>Facultatif, p. ex. 172.28.0.0/16 ; vide : le moteur en choisit un</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="73" />
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="74" />
        <source>Optional, e.g. 172.28.0.1; inside the subnet</source>
        <translation>Facultative, p. ex. 172.28.0.1 ; dans le sous-réseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="75" />
        <source>IP range</source>
        <translation>Plage d’adresses IP</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="76" />
        <source>Optional, e.g. 172.28.5.0/24; where containers get addresses</source>
        <translation>Facultative, p. ex. 172.28.5.0/24 ; là où les conteneurs reçoivent leurs adresses</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="77" />
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="78" />
        <source>Attachable</source>
        <translation>Attachable</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="79" />
        <source>Enable IPv6</source>
        <translation>Activer IPv6</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="80" />
        <source>IPv6 subnet</source>
        <translation>Sous-réseau IPv6</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="81" />
        <source>e.g. fd00:dead:beef::/64</source>
        <translation>p. ex. fd00:dead:beef::/64</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="82" />
        <source>IPv6 gateway</source>
        <translation>Passerelle IPv6</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="83" />
        <source>Optional, e.g. fd00:dead:beef::1</source>
        <translation>Facultative, p. ex. fd00:dead:beef::1</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="86" />
        <source>Name check</source>
        <translation>Vérification du nom</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="86" />
        <source>Driver check</source>
        <translation>Vérification du pilote</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="87" />
        <source>Subnet check</source>
        <translation>Vérification du sous-réseau</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="87" />
        <source>Gateway check</source>
        <translation>Vérification de la passerelle</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="88" />
        <source>IP range check</source>
        <translation>Vérification de la plage d’adresses</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="88" />
        <source>IPv6 subnet check</source>
        <translation>Vérification du sous-réseau IPv6</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="89" />
        <source>IPv6 gateway check</source>
        <translation>Vérification de la passerelle IPv6</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="94" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="96" />
        <source>&amp;Driver:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="99" />
        <source>Addresses (IPAM)</source>
        <translation>Adresses (IPAM)</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="101" />
        <source>&amp;Subnet:</source>
        <translation>&amp;Sous-réseau :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="103" />
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sserelle :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="105" />
        <source>IP &amp;range:</source>
        <translation>P&amp;lage IP :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="108" />
        <source>IPv6 s&amp;ubnet:</source>
        <translation>So&amp;us-réseau IPv6 :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="110" />
        <source>IPv6 gate&amp;way:</source>
        <translation>Passerelle IPv&amp;6 :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="123" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="127" />
        <location filename="../views/networkcreatedialog.cpp" line="128" />
        <location filename="../views/networkcreatedialog.cpp" line="324" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="130" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="140" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="289" />
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="320" />
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="347" />
        <source>The engine refused: %1</source>
        <translation>Le moteur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="354" />
        <source>Created network «%1».</source>
        <translation>Réseau « %1 » créé.</translation>
    </message>
    <message>
        <location filename="../views/networkcreatedialog.cpp" line="355" />
        <source>Created network «%1». The engine warns: %2</source>
        <translation>Réseau « %1 » créé. Le moteur avertit : %2</translation>
    </message>
</context>
<context>
    <name>NetworkDetailsWidget</name>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="51" />
        <location filename="../views/networkdetailswidget.cpp" line="243" />
        <location filename="../views/networkdetailswidget.cpp" line="244" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="52" />
        <location filename="../views/networkdetailswidget.cpp" line="243" />
        <location filename="../views/networkdetailswidget.cpp" line="244" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="61" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="62" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="63" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="64" />
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="65" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="66" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="67" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="68" />
        <source>IPAM driver</source>
        <translation>Pilote IPAM</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="69" />
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="69" />
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="69" />
        <source>IP range</source>
        <translation>Plage IP</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="69" />
        <source>Address plan (IPAM)</source>
        <translation>Plan d’adressage (IPAM)</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="71" />
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="71" />
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="71" />
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="71" />
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="71" />
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="72" />
        <source>Containers on this network</source>
        <translation>Conteneurs sur ce réseau</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="73" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="73" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="73" />
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="73" />
        <location filename="../views/networkdetailswidget.cpp" line="108" />
        <source>Driver options</source>
        <translation>Options du pilote</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="74" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="78" />
        <source>About this network</source>
        <translation>À propos de ce réseau</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="85" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="86" />
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="87" />
        <source>Driver:</source>
        <translation>Pilote :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="88" />
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="89" />
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="90" />
        <source>Settings:</source>
        <translation>Réglages :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="91" />
        <source>Labels:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="94" />
        <source>IPAM driver:</source>
        <translation>Pilote IPAM :</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="103" />
        <source>Addresses (IPAM)</source>
        <translation>Adresses (IPAM)</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="165" />
        <source>Could not inspect network %1</source>
        <translation>Impossible d’inspecter le réseau %1</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="220" />
        <source>The default bridge: containers started without --network land here. They reach each other by IP address only; names do not resolve on it. Predefined: it cannot be removed.</source>
        <translation>Le bridge par défaut : les conteneurs lancés sans --network arrivent ici. Ils ne s’atteignent que par adresse IP ; les noms n’y sont pas résolus. Prédéfini : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="224" />
        <source>host: a container on it shares the host's own network stack; it has no address of its own and published ports do not apply. Predefined: it cannot be removed.</source>
        <translation>host : un conteneur dessus partage la pile réseau de l’hôte ; il n’a pas d’adresse à lui et les ports publiés ne s’appliquent pas. Prédéfini : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="228" />
        <source>none: a container on it has only a loopback interface, cut off from everything. Predefined: it cannot be removed.</source>
        <translation>none : un conteneur dessus n’a qu’une interface de boucle locale, coupé de tout. Prédéfini : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="231" />
        <source>A user-defined, internal network: its containers reach each other by name, and nothing outside.</source>
        <translation>Un réseau défini par l’utilisateur, interne : ses conteneurs s’atteignent par leur nom, et rien à l’extérieur.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="234" />
        <source>A user-defined network: its containers reach each other by name and alias through the engine's DNS.</source>
        <translation>Un réseau défini par l’utilisateur : ses conteneurs s’atteignent par nom et par alias grâce au DNS du moteur.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="242" />
        <source>internal: %1 · attachable: %2 · IPv6: %3</source>
        <translation>interne : %1 · attachable : %2 · IPv6 : %3</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="248" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="250" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="253" />
        <source>(the first address)</source>
        <translation>(la première adresse)</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="254" />
        <source>(the whole subnet)</source>
        <translation>(tout le sous-réseau)</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="256" />
        <source>(no addresses: containers here get none)</source>
        <translation>(pas d’adresses : les conteneurs ici n’en reçoivent aucune)</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="266" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="286" />
        <source>No running container is attached.</source>
        <translation>Aucun conteneur lancé n’y est relié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networkdetailswidget.cpp" line="287" />
        <source>%n container(s) attached:</source>
        <translation>
            <numerusform>%n conteneur relié :</numerusform>
            <numerusform>%n conteneurs reliés :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="295" />
        <source>The Linux bridge on the host is called %1 (see `ip addr show %1`).</source>
        <translation>Le bridge Linux de l’hôte s’appelle %1 (voir `ip addr show %1`).</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="297" />
        <source>The engine's default bridge: %1.</source>
        <translation>Bridge par défaut du moteur : %1.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="299" />
        <source>Containers on it may talk to each other: %1.</source>
        <translation>Ses conteneurs peuvent communiquer entre eux : %1.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="301" />
        <source>Outgoing traffic leaves with the host's address (NAT): %1.</source>
        <translation>Le trafic sortant part avec l’adresse de l’hôte (NAT) : %1.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="304" />
        <source>Published ports listen on every address of the host.</source>
        <translation>Les ports publiés écoutent sur toutes les adresses de l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="305" />
        <source>Published ports listen on the host address %1.</source>
        <translation>Les ports publiés écoutent sur l’adresse %1 de l’hôte.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="307" />
        <source>Largest packet on this network: %1 bytes.</source>
        <translation>Plus grand paquet sur ce réseau : %1 octets.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="309" />
        <source>IPv6 on the bridge: %1.</source>
        <translation>IPv6 sur le bridge : %1.</translation>
    </message>
    <message>
        <location filename="../views/networkdetailswidget.cpp" line="311" />
        <source>Interfaces inside containers are named %1….</source>
        <translation>Les interfaces dans les conteneurs s’appellent %1….</translation>
    </message>
</context>
<context>
    <name>NetworkDisconnectDialog</name>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="35" />
        <source>&amp;Force (--force): drop the link even if the engine cannot reach the container's endpoint</source>
        <translation>&amp;Forcer (--force) : couper le lien même si le moteur n’atteint pas le point d’accès du conteneur</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="46" />
        <source>Disconnect containers from «%1»</source>
        <translation>Déconnecter des conteneurs de « %1 »</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="47" />
        <source>Tick the containers to take off network «%1». A running container loses its address on it at once.</source>
        <translation>Cochez les conteneurs à retirer du réseau « %1 ». Un conteneur lancé y perd son adresse aussitôt.</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="49" />
        <source>Containers on the network</source>
        <translation>Conteneurs sur le réseau</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="53" />
        <source>Disconnect «%1» from networks</source>
        <translation>Déconnecter « %1 » de réseaux</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="54" />
        <source>Tick the networks to take container «%1» off.</source>
        <translation>Cochez les réseaux dont retirer le conteneur « %1 ».</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="55" />
        <source>Networks of the container</source>
        <translation>Réseaux du conteneur</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="59" />
        <source>Force</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="64" />
        <source>docker commands</source>
        <translation>Commandes docker</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="68" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="72" />
        <location filename="../views/networkdisconnectdialog.cpp" line="73" />
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="74" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="82" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="110" />
        <location filename="../views/networkdisconnectdialog.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="111" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="174" />
        <source>(nothing ticked)</source>
        <translation>(rien n’est coché)</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="177" />
        <source>(no container is on this network)</source>
        <translation>(aucun conteneur sur ce réseau)</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="178" />
        <source>(the container is on no network)</source>
        <translation>(le conteneur n’est sur aucun réseau)</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="196" />
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="221" />
        <source>%1 — the next links were not touched.</source>
        <translation>%1 — les liens suivants n’ont pas été touchés.</translation>
    </message>
    <message>
        <location filename="../views/networkdisconnectdialog.cpp" line="225" />
        <source>Force is now ticked: Disconnect again to drop the link anyway.</source>
        <translation>« Forcer » est maintenant coché : cliquez de nouveau sur Déconnecter pour couper le lien malgré tout.</translation>
    </message>
</context>
<context>
    <name>NetworkExplainer</name>
    <message>
        <location filename="../views/networkexplainer.cpp" line="36" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="74" />
        <source>Who can reach whom? Docker's networks explained</source>
        <translation>Qui peut joindre qui ? Les réseaux de Docker expliqués</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="75" />
        <source>Network kinds compared</source>
        <translation>Types de réseaux comparés</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="77" />
        <source>Default bridge («bridge»)</source>
        <translation>Bridge par défaut (« bridge »)</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="77" />
        <source>User-defined bridge</source>
        <translation>Bridge défini par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="78" />
        <source>Host («host»)</source>
        <translation>Hôte (« host »)</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="78" />
        <source>None («none»)</source>
        <translation>Aucun (« none »)</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="86" />
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="92" />
        <source>Who can reach whom</source>
        <translation>Qui peut joindre qui</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="93" />
        <source>Containers on the default bridge reach each other by IP address. The host reaches them by IP address; they reach the outside through the host (NAT).</source>
        <translation>Les conteneurs du bridge par défaut se joignent par adresse IP. L'hôte les joint par adresse IP ; ils joignent l'extérieur à travers l'hôte (NAT).</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="95" />
        <source>Containers on the same network reach each other; a container on another network does not, unless it is connected to this one too (docker network connect). They reach the outside through the host (NAT).</source>
        <translation>Les conteneurs d'un même réseau se joignent ; un conteneur d'un autre réseau ne les joint pas, sauf s'il est aussi connecté à celui-ci (docker network connect). Ils joignent l'extérieur à travers l'hôte (NAT).</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="98" />
        <source>The container uses the host's own network: it reaches what the host reaches, and whatever reaches the host's ports reaches it. Its network is not isolated.</source>
        <translation>Le conteneur utilise le réseau de l'hôte lui-même : il joint ce que l'hôte joint, et tout ce qui atteint les ports de l'hôte l'atteint. Son réseau n'est pas isolé.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="100" />
        <source>Nobody: the container has only its loopback interface (127.0.0.1). It reaches nothing and nothing reaches it.</source>
        <translation>Personne : le conteneur n'a que son interface de boucle locale (127.0.0.1). Il n'atteint rien et rien ne l'atteint.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="102" />
        <source>Published ports (-p 4900:5000)</source>
        <translation>Ports publiés (-p 4900:5000)</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="103" />
        <source>Apply: a connection to port 4900 of the host goes to port 5000 of the container.</source>
        <translation>S'appliquent : une connexion au port 4900 de l'hôte arrive sur le port 5000 du conteneur.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="104" />
        <source>Apply, the same way.</source>
        <translation>S'appliquent, de la même façon.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="105" />
        <source>Do not apply: they are ignored. The program's port is a port of the host directly (5000 on the host).</source>
        <translation>Ne s'appliquent pas : ils sont ignorés. Le port du programme est directement un port de l'hôte (5000 sur l'hôte).</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="107" />
        <source>Do not apply: there is no interface to forward to.</source>
        <translation>Ne s'appliquent pas : il n'y a aucune interface vers laquelle rediriger.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="108" />
        <source>How names resolve</source>
        <translation>Comment les noms sont résolus</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="109" />
        <source>Not by container name: on the default bridge, containers do not resolve each other's names. Use IP addresses (or the old --link).</source>
        <translation>Pas par nom de conteneur : sur le bridge par défaut, les conteneurs ne résolvent pas le nom des autres. Utilisez les adresses IP (ou l'ancien --link).</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="111" />
        <source>By name: Docker's DNS server (127.0.0.11) answers each container's name and its aliases (--network-alias) for the containers on the same network.</source>
        <translation>Par nom : le serveur DNS de Docker (127.0.0.11) répond au nom de chaque conteneur et à ses alias (--network-alias) pour les conteneurs du même réseau.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="113" />
        <source>As on the host: its /etc/hosts and its DNS servers. Container names do not resolve.</source>
        <translation>Comme sur l'hôte : son /etc/hosts et ses serveurs DNS. Les noms des conteneurs ne sont pas résolus.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="114" />
        <source>Not at all: no other container, no DNS server.</source>
        <translation>Pas du tout : aucun autre conteneur, aucun serveur DNS.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="115" />
        <source>The container's address</source>
        <translation>L'adresse du conteneur</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="116" />
        <source>One address from the docker0 bridge, 172.17.0.0/16 by default.</source>
        <translation>Une adresse du bridge docker0, 172.17.0.0/16 par défaut.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="117" />
        <source>One address in the network's subnet, for each network the container is on.</source>
        <translation>Une adresse dans le sous-réseau du réseau, pour chaque réseau auquel le conteneur est connecté.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="118" />
        <source>None of its own: it has the host's addresses.</source>
        <translation>Aucune en propre : il a les adresses de l'hôte.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="119" />
        <source>None besides 127.0.0.1.</source>
        <translation>Aucune en dehors de 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="120" />
        <source>Good for</source>
        <translation>Adapté à</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="121" />
        <source>Quick tests: it is what you get without --network.</source>
        <translation>Des essais rapides : c'est ce que l'on obtient sans --network.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="122" />
        <source>Applications made of several containers that talk to each other (a site and its database): the recommended choice.</source>
        <translation>Les applications faites de plusieurs conteneurs qui se parlent (un site et sa base de données) : le choix recommandé.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="124" />
        <source>Speed, or a program that must see the host's network, at the cost of isolation.</source>
        <translation>La performance, ou un programme qui doit voir le réseau de l'hôte, au prix de l'isolation.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="125" />
        <source>Jobs that need no network, with the strictest isolation.</source>
        <translation>Les tâches qui n'ont pas besoin de réseau, avec l'isolation la plus stricte.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="130" />
        <source>What a container can reach depends on the network it is on. A container can be on several networks at once; it cannot be on «host» or «none» together with another network.</source>
        <translation>Ce qu'un conteneur peut joindre dépend du réseau auquel il est connecté. Un conteneur peut être sur plusieurs réseaux à la fois ; il ne peut pas être sur « host » ou « none » en même temps que sur un autre réseau.</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="142" />
        <source>(the selected network)</source>
        <translation>(le réseau sélectionné)</translation>
    </message>
    <message>
        <location filename="../views/networkexplainer.cpp" line="154" />
        <source>«docker network connect monreseau site» attaches the container «site» to «monreseau», running or not; «docker network disconnect monreseau site» detaches it. In the picture, drag a container onto a network to connect it.</source>
        <translation>« docker network connect monreseau site » connecte le conteneur « site » à « monreseau », qu'il tourne ou non ; « docker network disconnect monreseau site » l'en déconnecte. Dans le schéma, faites glisser un conteneur sur un réseau pour l'y connecter.</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../models/networkmodel.cpp" line="69" />
        <source>Predefined network: it can't be removed</source>
        <translation>Réseau prédéfini : il ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="73" />
        <source>An internal network has no route outside: its containers reach each other only.</source>
        <translation>Un réseau interne n’a pas de route vers l’extérieur : ses conteneurs ne s’atteignent qu’entre eux.</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="76" />
        <source>Standalone containers may join an attachable swarm network.</source>
        <translation>Des conteneurs autonomes peuvent rejoindre un réseau swarm attachable.</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="97" />
        <location filename="../models/networkmodel.cpp" line="98" />
        <location filename="../models/networkmodel.cpp" line="99" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="121" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="122" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="123" />
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="124" />
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="125" />
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="126" />
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="127" />
        <source>Attachable</source>
        <translation>Attachable</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="128" />
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="129" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="130" />
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="159" />
        <source>Could not list networks</source>
        <translation>Impossible de lister les réseaux</translation>
    </message>
    <message>
        <location filename="../models/networkmodel.cpp" line="183" />
        <source>Could not read network %1</source>
        <translation>Impossible de lire le réseau %1</translation>
    </message>
</context>
<context>
    <name>NetworkNameDelegate</name>
    <message>
        <location filename="../views/networknamedelegate.cpp" line="16" />
        <source>%1 — predefined</source>
        <translation>%1 — prédéfini</translation>
    </message>
</context>
<context>
    <name>NetworkPruneDialog</name>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="19" />
        <source>Remove unused networks</source>
        <translation>Supprimer les réseaux inutilisés</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="26" />
        <source>Prune removes every network that no running container is attached to. A stopped container's link does not keep its network: it will fail to start afterwards. bridge, host and none always stay.</source>
        <translation>Le nettoyage supprime tous les réseaux auxquels aucun conteneur lancé n’est relié. Le lien d’un conteneur arrêté ne retient pas son réseau : ce conteneur ne pourra plus démarrer ensuite. bridge, host et none restent toujours.</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="31" />
        <source>What prune removes</source>
        <translation>Ce que le nettoyage supprime</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="21" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="21" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="21" />
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="21" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="20" />
        <source>Networks that will be removed</source>
        <translation>Réseaux qui seront supprimés</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="20" />
        <source>These networks will be removed:</source>
        <translation>Ces réseaux seront supprimés :</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="22" />
        <source>Deleted network</source>
        <translation>Réseau supprimé</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="22" />
        <source>Deleted networks</source>
        <translation>Réseaux supprimés</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="21" />
        <source>Remove these networks</source>
        <translation>Supprimer ces réseaux</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="98" />
        <source>Could not read network %1</source>
        <translation>Impossible de lire le réseau %1</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="130" />
        <source>Checking which networks have containers attached…</source>
        <translation>Recherche des réseaux auxquels des conteneurs sont reliés…</translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="132" />
        <source>Nothing to remove: every network that matches is in use or predefined.</source>
        <translation>Rien à supprimer : chaque réseau correspondant est utilisé ou prédéfini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networkprunedialog.cpp" line="134" />
        <source>%n network(s) will be removed.</source>
        <translation>
            <numerusform>%n réseau sera supprimé.</numerusform>
            <numerusform>%n réseaux seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/networkprunedialog.cpp" line="151" />
        <source>The networks were pruned, but the engine's report could not be read: %1</source>
        <translation>Les réseaux ont été nettoyés, mais le rapport du moteur est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networkprunedialog.cpp" line="155" />
        <source>The engine deleted %n network(s).</source>
        <translation>
            <numerusform>Le moteur a supprimé %n réseau.</numerusform>
            <numerusform>Le moteur a supprimé %n réseaux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworksView</name>
    <message>
        <location filename="../views/networksview.cpp" line="28" />
        <source>Filter networks…</source>
        <translation>Filtrer les réseaux…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="29" />
        <source>Filter networks</source>
        <translation>Filtrer les réseaux</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="30" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="32" />
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="33" />
        <source>Create a network (docker network create)</source>
        <translation>Créer un réseau (docker network create)</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="35" />
        <source>Connect container…</source>
        <translation>Connecter un conteneur…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="36" />
        <source>Attach a container to the selected network (docker network connect)</source>
        <translation>Relier un conteneur au réseau sélectionné (docker network connect)</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="39" />
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="40" />
        <source>Detach containers from the selected network (docker network disconnect)</source>
        <translation>Détacher des conteneurs du réseau sélectionné (docker network disconnect)</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="43" />
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="44" />
        <source>Remove the selected networks (Delete). The predefined networks bridge, host and none cannot be removed.</source>
        <translation>Supprimer les réseaux sélectionnés (Suppr). Les réseaux prédéfinis bridge, host et none ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="47" />
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="48" />
        <source>Remove the networks no running container uses (docker network prune), after showing which</source>
        <translation>Supprimer les réseaux qu’aucun conteneur lancé n’utilise (docker network prune), après avoir montré lesquels</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="61" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="78" />
        <source>Select a network to remove.</source>
        <translation>Sélectionnez un réseau à supprimer.</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="86" />
        <source>%1 is predefined by the engine: it cannot be removed.</source>
        <translation>%1 est prédéfini par le moteur : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="87" />
        <source>%1 are predefined by the engine: they cannot be removed.</source>
        <translation>%1 sont prédéfinis par le moteur : ils ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="101" />
        <source>Remove the selected networks (Delete)</source>
        <translation>Supprimer les réseaux sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="164" />
        <source>Remove network «%1»?</source>
        <translation>Supprimer le réseau « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networksview.cpp" line="165" />
        <source>Remove %n networks?</source>
        <translation>
            <numerusform>Supprimer %n réseau ?</numerusform>
            <numerusform>Supprimer %n réseaux ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="204" />
        <source>Could not remove network «%1»: %2</source>
        <translation>Impossible de supprimer le réseau « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="212" />
        <source>«%1»</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="216" />
        <source>Network in use</source>
        <translation>Réseau utilisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networksview.cpp" line="218" />
        <source>The engine refused to remove network «%1»: %n running container(s) are attached: %2.
Disconnect them from it, then remove the network? The containers keep running on their other networks. Each step runs in order and stops at the first refusal.</source>
        <translation>
            <numerusform>Le moteur a refusé de supprimer le réseau « %1 » : %n conteneur lancé y est relié : %2.
Le déconnecter, puis supprimer le réseau ? Le conteneur continue de tourner sur ses autres réseaux. Chaque étape s’exécute dans l’ordre et s’arrête au premier refus.</numerusform>
            <numerusform>Le moteur a refusé de supprimer le réseau « %1 » : %n conteneurs lancés y sont reliés : %2.
Les déconnecter, puis supprimer le réseau ? Les conteneurs continuent de tourner sur leurs autres réseaux. Chaque étape s’exécute dans l’ordre et s’arrête au premier refus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/networksview.cpp" line="244" />
        <source>%1 — the next steps were not run.</source>
        <translation>%1 — les étapes suivantes n’ont pas été exécutées.</translation>
    </message>
</context>
<context>
    <name>PortRowEdit</name>
    <message>
        <location filename="../views/portrowedit.cpp" line="16" />
        <source>all addresses</source>
        <translation>toutes les adresses</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="17" />
        <source>Host address</source>
        <translation>Adresse de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="18" />
        <source>random</source>
        <translation>au hasard</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="19" />
        <source>Host port</source>
        <translation>Port de l’hôte</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="20" />
        <source>e.g. 80</source>
        <translation>p. ex. 80</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="21" />
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="27" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="29" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="30" />
        <source>Remove port row</source>
        <translation>Retirer la ligne de port</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="34" />
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../views/portrowedit.cpp" line="38" />
        <source>→ container</source>
        <translation>→ conteneur</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../views/prunedialog.cpp" line="37" />
        <source>Label filter</source>
        <translation>Filtre de label</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="38" />
        <source>Optional: key or key=value, separated by commas</source>
        <translation>Facultatif : clé ou clé=valeur, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="41" />
        <source>Only with &amp;label:</source>
        <translation>Seulement avec le &amp;label :</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="49" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="60" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="68" />
        <source>Prune report</source>
        <translation>Rapport de nettoyage</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="80" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="145" />
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="152" />
        <location filename="../views/prunedialog.cpp" line="153" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="178" />
        <source>Kept although previewed: %1</source>
        <translation>Conservées bien que prévues : %1</translation>
    </message>
    <message>
        <location filename="../views/prunedialog.cpp" line="180" />
        <source>Deleted although not previewed: %1</source>
        <translation>Supprimées sans avoir été prévues : %1</translation>
    </message>
</context>
<context>
    <name>PushPullDialog</name>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="39" />
        <source>Push an image</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="39" />
        <source>Pull an image</source>
        <translation>Récupérer une image</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="44" />
        <source>Image to push</source>
        <translation>Image à envoyer</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="44" />
        <source>Image to pull</source>
        <translation>Image à récupérer</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="47" />
        <source>registry/name:tag, e.g. 127.0.0.1:5000/app:1</source>
        <translation>registre/nom:étiquette, p. ex. 127.0.0.1:5000/app:1</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="50" />
        <source>Where the image goes</source>
        <translation>Où va l’image</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="54" />
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="56" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="56" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="56" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="58" />
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="68" />
        <source>Transfer status</source>
        <translation>État du transfert</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="71" />
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="74" />
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="74" />
        <source>Pull</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="76" />
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="77" />
        <source>Log in to the registry</source>
        <translation>Se connecter au registre</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="78" />
        <source>Log in to this image's registry (docker login)</source>
        <translation>Se connecter au registre de cette image (docker login)</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="80" />
        <location filename="../views/pushpulldialog.cpp" line="225" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="91" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="155" />
        <source>This name has no registry host, so it goes to Docker Hub. To push elsewhere, tag the image host/name:tag first.</source>
        <translation>Ce nom n’a pas d’hôte de registre : l’image part donc vers Docker Hub. Pour l’envoyer ailleurs, étiquetez-la d’abord hôte/nom:étiquette.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="157" />
        <source>Goes to the registry %1.</source>
        <translation>Part vers le registre %1.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="159" />
        <source>Comes from the registry %1.</source>
        <translation>Vient du registre %1.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="179" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="198" />
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="205" />
        <source>%1 %2 of %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="225" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="232" />
        <source>Looking up the credentials for %1…</source>
        <translation>Recherche des identifiants de %1…</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="236" />
        <source>Using the saved credentials for %1.</source>
        <translation>Identifiants enregistrés utilisés pour %1.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="237" />
        <source>No saved credentials for %1: going anonymously.</source>
        <translation>Aucun identifiant enregistré pour %1 : accès anonyme.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="243" />
        <source>Pushed %1.</source>
        <translation>%1 envoyée.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="243" />
        <source>Pulled %1.</source>
        <translation>%1 récupérée.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="244" />
        <source>Digest: %1</source>
        <translation>Condensé : %1</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="251" />
        <source>Push cancelled: the engine stopped sending %1.</source>
        <translation>Envoi annulé : le moteur a cessé d’envoyer %1.</translation>
    </message>
    <message>
        <location filename="../views/pushpulldialog.cpp" line="252" />
        <source>Pull cancelled: the engine stopped fetching %1.</source>
        <translation>Récupération annulée : le moteur a cessé de récupérer %1.</translation>
    </message>
</context>
<context>
    <name>Quai</name>
    <message>
        <location filename="../docker/action.cpp" line="63" />
        <source>Start container «%1»</source>
        <translation>Démarrer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="64" />
        <source>Could not start container «%1»</source>
        <translation>Impossible de démarrer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="70" />
        <source>Stop container «%1»</source>
        <translation>Arrêter le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="71" />
        <source>Could not stop container «%1»</source>
        <translation>Impossible d'arrêter le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="77" />
        <source>Restart container «%1»</source>
        <translation>Redémarrer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="78" />
        <source>Could not restart container «%1»</source>
        <translation>Impossible de redémarrer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="85" />
        <source>Remove container «%1»</source>
        <translation>Supprimer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="86" />
        <source>Could not remove container «%1»</source>
        <translation>Impossible de supprimer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="94" />
        <source>Container «%1»</source>
        <translation>Conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="96" />
        <source>The anonymous volumes of container «%1»</source>
        <translation>Les volumes anonymes du conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="105" />
        <source>Remove volume «%1»</source>
        <translation>Supprimer le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="106" />
        <source>Could not remove volume «%1»</source>
        <translation>Impossible de supprimer le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="112" />
        <source>Volume «%1» and all its data</source>
        <translation>Le volume « %1 » et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="121" />
        <source>Remove network «%1»</source>
        <translation>Supprimer le réseau « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="122" />
        <source>Could not remove network «%1»</source>
        <translation>Impossible de supprimer le réseau « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="125" />
        <source>Network «%1»</source>
        <translation>Réseau « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="145" />
        <source>Remove image «%1»</source>
        <translation>Supprimer l'image « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="146" />
        <source>Could not remove image «%1»</source>
        <translation>Impossible de supprimer l'image « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="152" />
        <source>Image «%1»</source>
        <translation>Image « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="182" />
        <source>Create an anonymous volume</source>
        <translation>Créer un volume anonyme</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="183" />
        <source>Could not create an anonymous volume</source>
        <translation>Impossible de créer un volume anonyme</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="185" />
        <source>Create volume «%1»</source>
        <translation>Créer le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="186" />
        <source>Could not create volume «%1»</source>
        <translation>Impossible de créer le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="209" />
        <source>Remove all unused volumes</source>
        <translation>Supprimer tous les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="209" />
        <source>Remove unused volumes</source>
        <translation>Supprimer les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="210" />
        <source>Could not prune volumes</source>
        <translation>Impossible de nettoyer les volumes</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="218" />
        <source>Every unused volume and all its data</source>
        <translation>Chaque volume inutilisé et toutes ses données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="219" />
        <source>Unused volumes and all their data</source>
        <translation>Les volumes inutilisés et toutes leurs données</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="233" />
        <source>Run a container from «%1»</source>
        <translation>Lancer un conteneur à partir de « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="234" />
        <location filename="../docker/action.cpp" line="237" />
        <source>Could not create a container from «%1»</source>
        <translation>Impossible de créer un conteneur à partir de « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="236" />
        <source>Create a container from «%1»</source>
        <translation>Créer un conteneur à partir de « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="262" />
        <source>Pause container «%1»</source>
        <translation>Suspendre le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="263" />
        <source>Could not pause container «%1»</source>
        <translation>Impossible de suspendre le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="269" />
        <source>Unpause container «%1»</source>
        <translation>Reprendre le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="270" />
        <source>Could not unpause container «%1»</source>
        <translation>Impossible de reprendre le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="277" />
        <source>Kill container «%1»</source>
        <translation>Tuer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="278" />
        <source>Could not kill container «%1»</source>
        <translation>Impossible de tuer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="294" />
        <source>Rename container «%1» to «%2»</source>
        <translation>Renommer le conteneur « %1 » en « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/action.cpp" line="295" />
        <source>Could not rename container «%1» to «%2»</source>
        <translation>Impossible de renommer le conteneur « %1 » en « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="33" />
        <source>the bindings of «%1» should be a list</source>
        <translation>les liaisons de « %1 » devraient être une liste</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="94" />
        <source>Could not read a container</source>
        <translation>Impossible de lire un conteneur</translation>
    </message>
    <message>
        <location filename="../docker/container.cpp" line="101" />
        <source>Could not read the container list</source>
        <translation>Impossible de lire la liste des conteneurs</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="42" />
        <source>The engine address is empty</source>
        <translation>L'adresse du moteur est vide</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="53" />
        <source>The engine address «%1» has no socket path</source>
        <translation>L'adresse du moteur « %1 » n'indique pas de chemin de socket</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="63" />
        <source>The engine address «%1» uses ssh://, which Quai does not support yet; forward the engine's socket and use unix:// or tcp:// instead</source>
        <translation>L'adresse du moteur « %1 » utilise ssh://, que Quai ne prend pas encore en charge ; redirigez le socket du moteur et utilisez plutôt unix:// ou tcp://</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="69" />
        <source>The engine address «%1» has an unsupported scheme «%2»; use unix://, tcp://, http:// or https://</source>
        <translation>L'adresse du moteur « %1 » a un schéma non pris en charge « %2 » ; utilisez unix://, tcp://, http:// ou https://</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="77" />
        <source>The engine address «%1» is not a valid host and port</source>
        <translation>L'adresse du moteur « %1 » n'est pas un hôte et un port valides</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="82" />
        <source>The engine address «%1» has a path «%2»; Quai needs only host and port</source>
        <translation>L'adresse du moteur « %1 » contient un chemin « %2 » ; Quai n'a besoin que de l'hôte et du port</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="88" />
        <source>The engine address «%1» has an empty port</source>
        <translation>Le port de l'adresse du moteur « %1 » est vide</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="149" />
        <location filename="../docker/endpoint.cpp" line="152" />
        <location filename="../docker/endpoint.cpp" line="272" />
        <location filename="../docker/registryauth.cpp" line="37" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="154" />
        <source>Could not read %1: expected an object</source>
        <translation>Impossible de lire %1 : un objet était attendu</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="175" />
        <source>Docker context «%1» does not exist (no %2)</source>
        <translation>Le contexte docker « %1 » n'existe pas (pas de %2)</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="178" />
        <location filename="../docker/endpoint.cpp" line="187" />
        <location filename="../docker/endpoint.cpp" line="189" />
        <source>Docker context «%1» is unreadable: %2</source>
        <translation>Le contexte docker « %1 » est illisible : %2</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="193" />
        <source>Docker context «%1» has no docker endpoint</source>
        <translation>Le contexte docker « %1 » n'a pas de point de connexion docker</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="197" />
        <source>Docker context «%1»: %2</source>
        <translation>Contexte docker « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../docker/endpoint.cpp" line="213" />
        <source>context «%1»</source>
        <translation>contexte « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="81" />
        <location filename="../docker/hijackedconnection.cpp" line="35" />
        <source>there is no socket at %1: is the engine running?</source>
        <translation>il n'y a pas de socket à %1 : le moteur est-il démarré ?</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="83" />
        <location filename="../docker/hijackedconnection.cpp" line="37" />
        <source>permission denied on %1: is your user in the docker group?</source>
        <translation>permission refusée sur %1 : votre utilisateur fait-il partie du groupe docker ?</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="162" />
        <source>Could not reach the engine at %1</source>
        <translation>Impossible de joindre le moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="207" />
        <source>Could not read the engine's version at %1</source>
        <translation>Impossible de lire la version du moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="183" />
        <source>The engine at %1 is too old</source>
        <translation>Le moteur à %1 est trop ancien</translation>
    </message>
    <message>
        <location filename="../docker/engineclient.cpp" line="185" />
        <source>it speaks API %1; Quai needs %2 or newer</source>
        <translation>il parle l'API %1 ; Quai a besoin de %2 ou plus récente</translation>
    </message>
    <message>
        <location filename="../docker/engineerror.cpp" line="9" />
        <location filename="../docker/request.cpp" line="98" />
        <source>no answer from the engine</source>
        <translation>pas de réponse du moteur</translation>
    </message>
    <message>
        <location filename="../docker/engineerror.cpp" line="13" />
        <location filename="../docker/jsonread.h" line="49" />
        <location filename="../docker/jsonread.h" line="51" />
        <location filename="../docker/jsonread.h" line="105" />
        <location filename="../docker/recreateplan.cpp" line="127" />
        <location filename="../docker/statssample.cpp" line="135" />
        <source>%1: %2</source>
        <comment>what failed: why</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../docker/engineerror.cpp" line="16" />
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <location filename="../docker/engineinfo.cpp" line="13" />
        <source>Could not read the engine's version</source>
        <translation>Impossible de lire la version du moteur</translation>
    </message>
    <message>
        <location filename="../docker/engineinfo.cpp" line="25" />
        <source>the answer has no «ApiVersion»</source>
        <translation>la réponse ne contient pas « ApiVersion »</translation>
    </message>
    <message>
        <location filename="../docker/enginesession.cpp" line="71" />
        <source>Lost the connection to the engine at %1</source>
        <translation>Connexion perdue avec le moteur à %1</translation>
    </message>
    <message>
        <location filename="../docker/enginesession.cpp" line="74" />
        <source>the engine closed the event stream</source>
        <translation>le moteur a fermé le flux d'événements</translation>
    </message>
    <message>
        <location filename="../docker/event.cpp" line="39" />
        <source>the event has no action</source>
        <translation>l'événement n'a pas d'action</translation>
    </message>
    <message>
        <location filename="../docker/event.cpp" line="53" />
        <location filename="../docker/event.cpp" line="58" />
        <source>Could not read an engine event</source>
        <translation>Impossible de lire un événement du moteur</translation>
    </message>
    <message>
        <location filename="../docker/eventdecoder.cpp" line="44" />
        <source>An engine event was longer than %1 bytes; it was dropped</source>
        <translation>Un événement du moteur dépassait %1 octets ; il a été ignoré</translation>
    </message>
    <message>
        <location filename="../docker/image.cpp" line="63" />
        <source>Could not read an image</source>
        <translation>Impossible de lire une image</translation>
    </message>
    <message>
        <location filename="../docker/image.cpp" line="68" />
        <source>Could not read the image</source>
        <translation>Impossible de lire l'image</translation>
    </message>
    <message>
        <location filename="../docker/image.cpp" line="74" />
        <source>Could not read the image list</source>
        <translation>Impossible de lire la liste des images</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="23" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="24" />
        <location filename="../docker/jsonread.cpp" line="149" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="25" />
        <location filename="../docker/jsonread.cpp" line="159" />
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="26" />
        <location filename="../docker/jsonread.cpp" line="78" />
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="27" />
        <location filename="../docker/jsonread.cpp" line="103" />
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="30" />
        <location filename="../docker/jsonread.cpp" line="94" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="34" />
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="39" />
        <source>field «%1» should be %2, not %3</source>
        <translation>le champ « %1 » devrait être %2, et non %3</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="50" />
        <source>expected an object around field «%1», not %2</source>
        <translation>un objet était attendu autour du champ « %1 », et non %2</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="113" />
        <location filename="../docker/jsonread.cpp" line="120" />
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="132" />
        <location filename="../docker/jsonread.cpp" line="137" />
        <source>an object of strings</source>
        <translation>un objet de chaînes</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="171" />
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="177" />
        <source>field «%1» should be an RFC 3339 date, not «%2»</source>
        <translation>le champ « %1 » devrait être une date RFC 3339, et non « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="188" />
        <source>expected an object, not %1</source>
        <translation>un objet était attendu, et non %1</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="194" />
        <source>expected a list, not %1</source>
        <translation>une liste était attendue, et non %1</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="199" />
        <source>item %1: %2</source>
        <translation>élément %1 : %2</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="204" />
        <source>in «%1»: %2</source>
        <translation>dans « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="210" />
        <source>the engine sent an empty answer</source>
        <translation>le moteur a envoyé une réponse vide</translation>
    </message>
    <message>
        <location filename="../docker/jsonread.cpp" line="214" />
        <source>the engine sent malformed JSON (%1)</source>
        <translation>le moteur a envoyé du JSON mal formé (%1)</translation>
    </message>
    <message>
        <location filename="../docker/mount.cpp" line="8" />
        <source>Could not read a mount</source>
        <translation>Impossible de lire un montage</translation>
    </message>
    <message>
        <location filename="../docker/network.cpp" line="92" />
        <source>Could not read a network</source>
        <translation>Impossible de lire un réseau</translation>
    </message>
    <message>
        <location filename="../docker/network.cpp" line="97" />
        <source>Could not read the network</source>
        <translation>Impossible de lire le réseau</translation>
    </message>
    <message>
        <location filename="../docker/network.cpp" line="103" />
        <source>Could not read the network list</source>
        <translation>Impossible de lire la liste des réseaux</translation>
    </message>
    <message>
        <location filename="../docker/portbinding.cpp" line="21" />
        <source>Could not read a port</source>
        <translation>Impossible de lire un port</translation>
    </message>
    <message>
        <location filename="../docker/request.cpp" line="98" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../docker/volume.cpp" line="37" />
        <source>Could not read a volume</source>
        <translation>Impossible de lire un volume</translation>
    </message>
    <message>
        <location filename="../docker/volume.cpp" line="42" />
        <source>Could not read the volume</source>
        <translation>Impossible de lire le volume</translation>
    </message>
    <message>
        <location filename="../docker/volume.cpp" line="49" />
        <source>Could not read the volume list</source>
        <translation>Impossible de lire la liste des volumes</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="58" />
        <source>Import the empty helper image %1</source>
        <translation>Importer l’image auxiliaire vide %1</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="59" />
        <source>Could not import the empty helper image %1</source>
        <translation>Impossible d’importer l’image auxiliaire vide %1</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="93" />
        <source>Create a read-only helper to browse volume «%1»</source>
        <translation>Créer un conteneur auxiliaire en lecture seule pour parcourir le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="94" />
        <source>Create a helper to write into volume «%1»</source>
        <translation>Créer un conteneur auxiliaire pour écrire dans le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="95" />
        <source>Could not create a helper container for volume «%1»</source>
        <translation>Impossible de créer un conteneur auxiliaire pour le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="113" />
        <source>Remove the helper container «%1»</source>
        <translation>Supprimer le conteneur auxiliaire « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="114" />
        <source>Could not remove the helper container «%1»</source>
        <translation>Impossible de supprimer le conteneur auxiliaire « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="119" />
        <source>Helper container «%1» (the volume stays)</source>
        <translation>Conteneur auxiliaire « %1 » (le volume reste)</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="129" />
        <source>Read «%1» from the volume</source>
        <translation>Lire « %1 » dans le volume</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="130" />
        <source>Could not read «%1» from the volume</source>
        <translation>Impossible de lire « %1 » dans le volume</translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="146" />
        <source>Upload «%1» into «%2»</source>
        <translation>Envoyer « %1 » dans « %2 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../docker/browseractions.cpp" line="147" />
        <source>Upload %n items into «%1»</source>
        <translation>
            <numerusform>Envoyer %n élément dans « %1 »</numerusform>
            <numerusform>Envoyer %n éléments dans « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../docker/browseractions.cpp" line="148" />
        <source>Could not upload into «%1»</source>
        <translation>Impossible d’envoyer dans « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="10" />
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="18" />
        <source>%1: the key is empty.</source>
        <translation>%1 : la clé est vide.</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="20" />
        <source>%1: the key «%2» must not contain «=».</source>
        <translation>%1 : la clé « %2 » ne doit pas contenir « = ».</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="23" />
        <source>%1: the key «%2» must not contain spaces.</source>
        <translation>%1 : la clé « %2 » ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="32" />
        <source>%1: «%2» is not of the form key=value.</source>
        <translation>%1 : « %2 » n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <location filename="../docker/keyvaluelist.cpp" line="55" />
        <source>%1: the key «%2» is given twice.</source>
        <translation>%1 : la clé « %2 » est donnée deux fois.</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="157" />
        <source>The archive is cut short inside a header at byte %1</source>
        <translation>L’archive s’interrompt au milieu d’un en-tête, à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="160" />
        <source>The archive ends after an extended header, without its member</source>
        <translation>L’archive se termine après un en-tête étendu, sans le membre qui le suit</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="168" />
        <source>The archive is cut short inside «%1» at byte %2: %3 bytes are missing</source>
        <translation>L’archive s’interrompt dans « %1 » à l’octet %2 : il manque %3 octets</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="169" />
        <source>an extended header</source>
        <translation>un en-tête étendu</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="186" />
        <source>Unreadable checksum in the tar header at byte %1</source>
        <translation>Somme de contrôle illisible dans l’en-tête tar à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="198" />
        <source>Bad checksum in the tar header at byte %1: this is not a tar archive, or it is damaged</source>
        <translation>Somme de contrôle incorrecte dans l’en-tête tar à l’octet %1 : ce n’est pas une archive tar, ou elle est abîmée</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="207" />
        <source>Unreadable number in the tar header at byte %1</source>
        <translation>Nombre illisible dans l’en-tête tar à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="214" />
        <source>An extended tar header at byte %1 claims %2 bytes; at most %3 are accepted</source>
        <translation>Un en-tête tar étendu à l’octet %1 annonce %2 octets ; %3 au plus sont acceptés</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="237" />
        <source>The tar header at byte %1 claims an impossible size of %2 bytes</source>
        <translation>L’en-tête tar à l’octet %1 annonce une taille impossible de %2 octets</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="285" />
        <source>A member of the archive at byte %1 has no name</source>
        <translation>Un membre de l’archive à l’octet %1 n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="330" />
        <source>An empty long name in the archive at byte %1</source>
        <translation>Un nom long vide dans l’archive à l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="361" />
        <location filename="../docker/tarreader.cpp" line="368" />
        <source>A malformed pax header in the archive near byte %1</source>
        <translation>Un en-tête pax mal formé dans l’archive vers l’octet %1</translation>
    </message>
    <message>
        <location filename="../docker/tarreader.cpp" line="383" />
        <source>A pax header gives an unreadable size «%1»</source>
        <translation>Un en-tête pax donne une taille illisible « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="24" />
        <source>Name: must start with a letter or a digit, not «%1».</source>
        <translation>Nom : doit commencer par une lettre ou un chiffre, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="28" />
        <source>Name: «%1» (character %2) is not allowed; use letters, digits, «_», «.» or «-».</source>
        <translation>Nom : « %1 » (caractère %2) n’est pas permis ; utilisez des lettres, des chiffres, « _ », « . » ou « - ».</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="30" />
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location filename="../docker/volumename.cpp" line="34" />
        <source>Name: must be at least two characters long, or empty for an anonymous volume.</source>
        <translation>Nom : au moins deux caractères, ou vide pour un volume anonyme.</translation>
    </message>
    <message>
        <location filename="../docker/imageprune.cpp" line="102" />
        <source>Could not read the disk usage</source>
        <translation>Impossible de lire l’occupation du disque</translation>
    </message>
    <message>
        <location filename="../docker/imageprune.cpp" line="118" />
        <location filename="../docker/volumeprune.cpp" line="58" />
        <source>Could not read the prune report</source>
        <translation>Impossible de lire le rapport de nettoyage</translation>
    </message>
    <message>
        <location filename="../models/mountmapdata.cpp" line="90" />
        <source>Could not read the container's mounts: %1</source>
        <translation>Impossible de lire les montages du conteneur : %1</translation>
    </message>
    <message>
        <location filename="../docker/logdemuxer.cpp" line="70" />
        <source>The log stream has a frame header that is not one: bytes %1</source>
        <translation>Le flux de journaux contient un en-tête de trame invalide : octets %1</translation>
    </message>
    <message>
        <location filename="../docker/logdemuxer.cpp" line="75" />
        <source>The log stream announces a frame of %1 bytes, more than the %2 a log frame can be</source>
        <translation>Le flux de journaux annonce une trame de %1 octets, plus que les %2 que peut faire une trame de journal</translation>
    </message>
    <message>
        <location filename="../docker/logdemuxer.cpp" line="96" />
        <source>The log stream ended in the middle of a frame</source>
        <translation>Le flux de journaux s’est interrompu au milieu d’une trame</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="121" />
        <source>Port «%1»: unclosed «[».</source>
        <translation>Port « %1 » : « [ » non fermé.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="126" />
        <source>Port «%1»: a host address needs a host port field.</source>
        <translation>Port « %1 » : une adresse d’hôte demande un champ de port d’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="142" />
        <source>Port «%1»: too many «:».</source>
        <translation>Port « %1 » : trop de « : ».</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="165" />
        <source>Mount «%1»: unknown type «%2».</source>
        <translation>Montage « %1 » : type « %2 » inconnu.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="176" />
        <source>Mount «%1»: bad size «%2».</source>
        <translation>Montage « %1 » : taille « %2 » incorrecte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="178" />
        <source>Mount «%1»: unsupported field «%2».</source>
        <translation>Montage « %1 » : champ « %2 » non pris en charge.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="182" />
        <source>Mount «%1»: no type.</source>
        <translation>Montage « %1 » : aucun type.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="225" />
        <source>Image: choose an image.</source>
        <translation>Image : choisissez une image.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="227" />
        <source>Image: «%1» must not contain spaces.</source>
        <translation>Image : « %1 » ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="229" />
        <source>Name: «%1» is not allowed; use letters, digits, «_», «.» and «-», starting with a letter or digit, at least two characters.</source>
        <translation>Nom : « %1 » n’est pas autorisé ; utilisez des lettres, des chiffres, « _ », « . » et « - », en commençant par une lettre ou un chiffre, au moins deux caractères.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="233" />
        <source>Entrypoint: docker takes a single word here; put the arguments in the command.</source>
        <translation>Point d’entrée : docker n’accepte ici qu’un seul mot ; mettez les arguments dans la commande.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="236" />
        <source>Working directory: «%1» must be an absolute path.</source>
        <translation>Répertoire de travail : « %1 » doit être un chemin absolu.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="240" />
        <source>Environment: «%1» is not KEY=VALUE.</source>
        <translation>Environnement : « %1 » n’est pas de la forme CLÉ=VALEUR.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="246" />
        <source>Labels: «%1» is not a valid key.</source>
        <translation>Étiquettes : « %1 » n’est pas une clé valide.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="251" />
        <source>Restart policy: a container removed when it stops cannot be restarted; turn one of them off.</source>
        <translation>Politique de redémarrage : un conteneur supprimé à son arrêt ne peut pas être redémarré ; désactivez l’un des deux.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="254" />
        <source>Restart policy: retries only apply to «on-failure», and cannot be negative.</source>
        <translation>Politique de redémarrage : les tentatives ne s’appliquent qu’à « on-failure » et ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="258" />
        <source>Ports: with the host network the container uses the host's ports directly; publishing does not apply.</source>
        <translation>Ports : avec le réseau de l’hôte, le conteneur utilise directement les ports de l’hôte ; la publication ne s’applique pas.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="266" />
        <source>Ports, row %1: container port «%2» must be a number from 1 to 65535, or a range like 8000-8010.</source>
        <translation>Ports, ligne %1 : le port du conteneur « %2 » doit être un nombre de 1 à 65535, ou une plage comme 8000-8010.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="273" />
        <source>Ports, row %1: protocol «%2» is not tcp, udp or sctp.</source>
        <translation>Ports, ligne %1 : le protocole « %2 » n’est ni tcp, ni udp, ni sctp.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="278" />
        <source>Ports, row %1: «%2» is not an IP address.</source>
        <translation>Ports, ligne %1 : « %2 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="285" />
        <source>Ports, row %1: host port «%2» must be a number from 1 to 65535, or a range like 8000-8010.</source>
        <translation>Ports, ligne %1 : le port de l’hôte « %2 » doit être un nombre de 1 à 65535, ou une plage comme 8000-8010.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="291" />
        <source>Ports, row %1: the host range and the container range must have the same length.</source>
        <translation>Ports, ligne %1 : la plage de l’hôte et celle du conteneur doivent avoir la même longueur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="302" />
        <source>Ports, row %1: host port %2 is already used by another row.</source>
        <translation>Ports, ligne %1 : le port de l’hôte %2 est déjà pris par une autre ligne.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="314" />
        <source>Mounts, row %1: the target «%2» must be an absolute path in the container.</source>
        <translation>Montages, ligne %1 : la cible « %2 » doit être un chemin absolu dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="319" />
        <source>Mounts, row %1: paths with «,» cannot be written with --mount.</source>
        <translation>Montages, ligne %1 : les chemins contenant « , » ne peuvent pas s’écrire avec --mount.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="324" />
        <source>Mounts, row %1: «%2» is already the target of another mount.</source>
        <translation>Montages, ligne %1 : « %2 » est déjà la cible d’un autre montage.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="330" />
        <source>Mounts, row %1: a bind mount needs an absolute host path.</source>
        <translation>Montages, ligne %1 : un montage bind demande un chemin absolu sur l’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="334" />
        <source>Mounts, row %1: «%2» is not a valid volume name.</source>
        <translation>Montages, ligne %1 : « %2 » n’est pas un nom de volume valide.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="338" />
        <source>Mounts, row %1: an anonymous volume cannot be read-only; name the volume or untick read-only.</source>
        <translation>Montages, ligne %1 : un volume anonyme ne peut pas être en lecture seule ; nommez le volume ou décochez « lecture seule ».</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="341" />
        <source>Mounts, row %1: the size must be positive.</source>
        <translation>Montages, ligne %1 : la taille doit être positive.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="346" />
        <source>Network: choose a network.</source>
        <translation>Réseau : choisissez un réseau.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="349" />
        <source>Aliases: only a named network gives a container aliases.</source>
        <translation>Alias : seul un réseau nommé donne des alias à un conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="352" />
        <source>Aliases: «%1» is not a valid host name.</source>
        <translation>Alias : « %1 » n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="358" />
        <source>IPv4 address: only a named network takes a fixed address.</source>
        <translation>Adresse IPv4 : seul un réseau nommé accepte une adresse fixe.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="360" />
        <source>IPv4 address: «%1» is not an IPv4 address.</source>
        <translation>Adresse IPv4 : « %1 » n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="524" />
        <source>Not a «docker run» or «docker create» command.</source>
        <translation>Ce n’est pas une commande « docker run » ni « docker create ».</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="554" />
        <location filename="../docker/runspec.cpp" line="661" />
        <source>Unsupported option «%1».</source>
        <translation>Option « %1 » non prise en charge.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="582" />
        <location filename="../docker/runspec.cpp" line="586" />
        <location filename="../docker/runspec.cpp" line="593" />
        <location filename="../docker/runspec.cpp" line="600" />
        <location filename="../docker/runspec.cpp" line="613" />
        <location filename="../docker/runspec.cpp" line="617" />
        <location filename="../docker/runspec.cpp" line="621" />
        <location filename="../docker/runspec.cpp" line="625" />
        <location filename="../docker/runspec.cpp" line="630" />
        <location filename="../docker/runspec.cpp" line="650" />
        <location filename="../docker/runspec.cpp" line="654" />
        <location filename="../docker/runspec.cpp" line="658" />
        <source>Option «%1» needs a value.</source>
        <translation>L’option « %1 » demande une valeur.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="641" />
        <location filename="../docker/runspec.cpp" line="646" />
        <source>Unknown restart policy «%1».</source>
        <translation>Politique de redémarrage « %1 » inconnue.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="665" />
        <source>No image named.</source>
        <translation>Aucune image indiquée.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="695" />
        <source>A «\» ends the text with nothing to escape.</source>
        <translation>Un « \ » termine le texte sans rien à échapper.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="722" />
        <source>A single quote «'» is not closed.</source>
        <translation>Une apostrophe « ' » n’est pas fermée.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="724" />
        <source>A double quote «"» is not closed.</source>
        <translation>Un guillemet « " » n’est pas fermé.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="762" />
        <source>«/» is the host's whole file system: the container can read and change every file on the host.</source>
        <translation>« / » est tout le système de fichiers de l’hôte : le conteneur peut lire et modifier chaque fichier de l’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="765" />
        <source>«/etc» holds the host's configuration, users and password hashes: the container can read them and, unless read-only, change them.</source>
        <translation>« /etc » contient la configuration de l’hôte, ses utilisateurs et les empreintes de leurs mots de passe : le conteneur peut les lire et, sauf en lecture seule, les modifier.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="769" />
        <source>The engine's socket gives the container full control of the engine, which means root on the host.</source>
        <translation>Le socket du moteur donne au conteneur le contrôle total du moteur, c’est-à-dire les droits root sur l’hôte.</translation>
    </message>
    <message>
        <location filename="../docker/runspec.cpp" line="774" />
        <source>The home folder holds your files, SSH keys and credentials: the container can read them and, unless read-only, change them.</source>
        <translation>Le dossier personnel contient vos fichiers, vos clés SSH et vos identifiants : le conteneur peut les lire et, sauf en lecture seule, les modifier.</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="49" />
        <source>The build context «%1» is not a folder</source>
        <translation>Le contexte de build «%1» n'est pas un dossier</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="56" />
        <source>The Dockerfile «%1» is outside the build context</source>
        <translation>Le Dockerfile «%1» est hors du contexte de build</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="59" />
        <source>There is no Dockerfile «%1» in the build context «%2»</source>
        <translation>Il n'y a pas de Dockerfile «%1» dans le contexte de build «%2»</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="65" />
        <location filename="../docker/buildcontext.cpp" line="110" />
        <location filename="../docker/buildcontext.cpp" line="213" />
        <source>Could not read «%1»: %2</source>
        <translation>Impossible de lire «%1» : %2</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="88" />
        <source>Could not read the folder «%1»: %2</source>
        <translation>Impossible de lire le dossier «%1» : %2</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="103" />
        <location filename="../docker/buildcontext.cpp" line="202" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="191" />
        <source>The build context could not be sent: the upload stopped</source>
        <translation>Le contexte de build n’a pas pu être envoyé : l’envoi s’est arrêté</translation>
    </message>
    <message>
        <location filename="../docker/buildcontext.cpp" line="215" />
        <source>«%1» changed while the build context was packed</source>
        <translation>«%1» a changé pendant l'empaquetage du contexte de build</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="35" />
        <source>an image name is empty</source>
        <translation>un nom d'image est vide</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="37" />
        <source>«%1»: a build cannot be tagged with a digest (@…)</source>
        <translation>«%1» : un build ne peut pas être étiqueté avec un condensé (@…)</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="45" />
        <source>«%1»: the name is longer than 255 characters</source>
        <translation>«%1» : le nom dépasse 255 caractères</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="48" />
        <source>«%1»: a 64-character hexadecimal name would read as an image ID</source>
        <translation>«%1» : un nom hexadécimal de 64 caractères serait lu comme un ID d'image</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="63" />
        <source>Choose the build context folder</source>
        <translation>Choisissez le dossier du contexte de build</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="67" />
        <source>The Dockerfile «%1» must be inside the build context</source>
        <translation>Le Dockerfile «%1» doit se trouver dans le contexte de build</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="76" />
        <source>Build argument %1 has no name</source>
        <translation>L'argument de build %1 n'a pas de nom</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="79" />
        <source>Build argument «%1»: a name has no '=' and no spaces</source>
        <translation>Argument de build «%1» : un nom ne contient ni « = » ni espace</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="82" />
        <source>Target stage «%1»: a stage name has no spaces</source>
        <translation>Étape cible «%1» : un nom d'étape ne contient pas d'espace</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="85" />
        <source>Label %1 has no key</source>
        <translation>Le label %1 n'a pas de clé</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="141" />
        <source>Build an image from «%1»</source>
        <translation>Construire une image à partir de «%1»</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="142" />
        <source>Build the image «%1»</source>
        <translation>Construire l'image «%1»</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="143" />
        <source>Could not build an image from «%1»</source>
        <translation>Impossible de construire une image à partir de «%1»</translation>
    </message>
    <message>
        <location filename="../docker/buildspec.cpp" line="144" />
        <source>Could not build the image «%1»</source>
        <translation>Impossible de construire l'image «%1»</translation>
    </message>
    <message>
        <location filename="../docker/cidr.cpp" line="178" />
        <source>an address is needed</source>
        <translation>une adresse est nécessaire</translation>
    </message>
    <message>
        <location filename="../docker/cidr.cpp" line="179" />
        <source>«%1» is not an IPv4 or IPv6 address</source>
        <translation>« %1 » n’est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../docker/cidr.cpp" line="186" />
        <source>a subnet is needed, such as 172.28.0.0/16</source>
        <translation>un sous-réseau est nécessaire, par exemple 172.28.0.0/16</translation>
    </message>
    <message>
        <location filename="../docker/cidr.cpp" line="190" />
        <source>«%1» lacks its prefix length: write it as address/prefix, such as 172.28.0.0/16</source>
        <translation>il manque à « %1 » la longueur de préfixe : écrivez adresse/préfixe, par exemple 172.28.0.0/16</translation>
    </message>
    <message>
        <location filename="../docker/cidr.cpp" line="199" />
        <source>in «%1», the prefix length must be a number from 0 to %2</source>
        <translation>dans « %1 », la longueur de préfixe doit être un nombre de 0 à %2</translation>
    </message>
    <message>
        <location filename="../docker/credentialhelper.cpp" line="37" />
        <source>The credential helper %1 could not be started: is it installed and on PATH? (config.json names it in credsStore or credHelpers)</source>
        <translation>L’assistant d’identifiants %1 n’a pas pu être lancé : est-il installé et dans le PATH ? (config.json le nomme dans credsStore ou credHelpers)</translation>
    </message>
    <message>
        <location filename="../docker/credentialhelper.cpp" line="44" />
        <source>The credential helper %1 did not answer in time</source>
        <translation>L’assistant d’identifiants %1 n’a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../docker/credentialhelper.cpp" line="46" />
        <source>The credential helper %1 crashed</source>
        <translation>L’assistant d’identifiants %1 a planté</translation>
    </message>
    <message>
        <location filename="../docker/credentialhelper.cpp" line="49" />
        <location filename="../docker/credentialhelper.cpp" line="68" />
        <source>The credential helper %1 failed: %2</source>
        <translation>L’assistant d’identifiants %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../docker/credentialhelper.cpp" line="67" />
        <source>The credential helper %1 failed (exit code %2)</source>
        <translation>L’assistant d’identifiants %1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="13" />
        <source>Picks the base image (the starting operating system). Every stage starts with FROM; AS names the stage so that a later COPY --from can use it.</source>
        <translation>Choisir l’image de base (le système d’exploitation de départ). Chaque étape commence par FROM ; AS nomme l’étape pour qu’un COPY --from ultérieur puisse l’utiliser.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="16" />
        <source>Runs a command while the image is built (e.g. to install packages). Its result becomes a new layer of the image.</source>
        <translation>Exécuter une commande pendant la phase de construction de l’image (ex : installer des paquets). Son résultat devient une nouvelle couche de l’image.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="19" />
        <source>Sets the command launched when the container starts. Only the last CMD counts; docker run can replace it.</source>
        <translation>Définir la commande lancée au moment où le conteneur démarre. Seul le dernier CMD compte ; docker run peut la remplacer.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="22" />
        <source>Sets the program launched when the container starts; CMD then gives its default arguments. Prefer the JSON form so that the program receives signals.</source>
        <translation>Définir le programme lancé au moment où le conteneur démarre ; CMD donne alors ses arguments par défaut. Préférez la forme JSON pour que le programme reçoive les signaux.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="25" />
        <source>Copies local files or folders from the build context into the image.</source>
        <translation>Copier des fichiers ou dossiers locaux depuis le contexte de construction vers l’image.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="27" />
        <source>Like COPY, but also downloads URLs and unpacks local tar archives. Use COPY for plain files.</source>
        <translation>Comme COPY, mais télécharge aussi des URL et décompresse les archives tar locales. Utilisez COPY pour de simples fichiers.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="30" />
        <source>Sets the default working folder for the instructions that follow, and for the container.</source>
        <translation>Définir le dossier de travail par défaut pour les commandes suivantes, et pour le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="32" />
        <source>Documents the port the application listens on (information for the user). It publishes nothing: docker run -p does.</source>
        <translation>Documenter le port exposé par l’application (information pour l’utilisateur). Il ne publie rien : c’est le rôle de docker run -p.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="35" />
        <source>Sets an environment variable, in the following instructions and in the container.</source>
        <translation>Définir une variable d’environnement, pour les instructions suivantes et dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="37" />
        <source>Declares a build argument, given with docker build --build-arg. It does not stay in the container.</source>
        <translation>Déclarer un argument de construction, donné avec docker build --build-arg. Il ne reste pas dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="40" />
        <source>Adds metadata to the image as key=value pairs.</source>
        <translation>Ajouter des métadonnées à l’image sous forme de paires clé=valeur.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="42" />
        <source>Declares a folder whose data lives outside the container: each container gets a volume mounted there.</source>
        <translation>Déclarer un dossier dont les données vivent hors du conteneur : chaque conteneur y reçoit un volume monté.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="45" />
        <source>Sets the user (and group) that runs the following instructions and the container.</source>
        <translation>Définir l’utilisateur (et le groupe) qui exécute les instructions suivantes et le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="47" />
        <source>Replaces the shell used by the shell form of RUN, CMD and ENTRYPOINT.</source>
        <translation>Remplacer le shell utilisé par la forme shell de RUN, CMD et ENTRYPOINT.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="49" />
        <source>Tells the engine how to check that the container still works.</source>
        <translation>Indiquer au moteur comment vérifier que le conteneur fonctionne toujours.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="51" />
        <source>Sets the signal docker stop sends to stop the container.</source>
        <translation>Définir le signal que docker stop envoie pour arrêter le conteneur.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="53" />
        <source>Registers an instruction that runs later, when another image is built FROM this one.</source>
        <translation>Enregistrer une instruction exécutée plus tard, quand une autre image est construite avec FROM sur celle-ci.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="55" />
        <source>Names the author. Deprecated: use LABEL maintainer=… instead.</source>
        <translation>Nommer l’auteur. Obsolète : utilisez plutôt LABEL maintainer=….</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilehelp.cpp" line="89" />
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="190" />
        <source>The builder cannot read this line</source>
        <translation>Le constructeur ne peut pas lire cette ligne</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="191" />
        <source>FROM must come first</source>
        <translation>FROM doit venir en premier</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="192" />
        <source>Unknown instruction</source>
        <translation>Instruction inconnue</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="193" />
        <source>Only the last CMD or ENTRYPOINT of a stage counts</source>
        <translation>Seul le dernier CMD ou ENTRYPOINT d’une étape compte</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="194" />
        <source>CMD or ENTRYPOINT in shell form</source>
        <translation>CMD ou ENTRYPOINT en forme shell</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="195" />
        <source>apt-get install without -y</source>
        <translation>apt-get install sans -y</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="196" />
        <source>apt-get lists left in the image</source>
        <translation>Listes d’apt-get laissées dans l’image</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="197" />
        <source>ADD where COPY is enough</source>
        <translation>ADD là où COPY suffit</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="198" />
        <source>Base image without a fixed tag</source>
        <translation>Image de base sans tag fixe</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="199" />
        <source>Relative WORKDIR</source>
        <translation>WORKDIR relatif</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="200" />
        <source>Invalid EXPOSE port</source>
        <translation>Port EXPOSE invalide</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="201" />
        <source>COPY from outside the build context</source>
        <translation>COPY depuis l’extérieur du contexte de construction</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="202" />
        <source>COPY of a path missing from the build context</source>
        <translation>COPY d’un chemin absent du contexte de construction</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="242" />
        <source>A Dockerfile starts with FROM, which picks the base image (only ARG may come before it).</source>
        <translation>Un Dockerfile commence par FROM, qui choisit l’image de base (seul ARG peut venir avant).</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="248" />
        <source>Unknown instruction «%1».</source>
        <translation>Instruction inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="249" />
        <source>Unknown instruction «%1»: did you mean %2?</source>
        <translation>Instruction inconnue « %1 » : vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="257" />
        <source>Only the last %1 of a stage counts: this one is replaced by the one on line %2.</source>
        <translation>Seul le dernier %1 d’une étape compte : celui-ci est remplacé par celui de la ligne %2.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="261" />
        <source>%1 in shell form runs under /bin/sh -c, which does not pass signals on: docker stop then waits and kills. Use the JSON form, e.g. %1 ["program", "argument"].</source>
        <translation>%1 en forme shell s’exécute sous /bin/sh -c, qui ne transmet pas les signaux : docker stop attend alors puis tue le processus. Utilisez la forme JSON, par ex. %1 ["programme", "argument"].</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="272" />
        <source>apt-get install without -y waits for an answer that never comes during a build.</source>
        <translation>apt-get install sans -y attend une réponse qui ne vient jamais pendant une construction.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="282" />
        <source>The package lists stay in the image: end this RUN with &amp;&amp; rm -rf /var/lib/apt/lists/*.</source>
        <translation>Les listes de paquets restent dans l’image : terminez ce RUN par &amp;&amp; rm -rf /var/lib/apt/lists/*.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="293" />
        <source>«%1» has no tag, so it means %1:latest, which changes over time: name a version.</source>
        <translation>« %1 » n’a pas de tag, il désigne donc %1:latest, qui change avec le temps : indiquez une version.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="296" />
        <source>«%1» changes over time: name a version instead of latest.</source>
        <translation>« %1 » change avec le temps : indiquez une version plutôt que latest.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="304" />
        <source>WORKDIR «%1» is relative to the previous one: write an absolute path such as /%1.</source>
        <translation>WORKDIR « %1 » est relatif au précédent : écrivez un chemin absolu comme /%1.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="309" />
        <source>«%1» is not a port: use a number from 1 to 65535, optionally followed by /tcp or /udp.</source>
        <translation>« %1 » n’est pas un port : utilisez un nombre de 1 à 65535, éventuellement suivi de /tcp ou /udp.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="330" />
        <source>«%1» is outside the build context: %2 only sees the context folder and below.</source>
        <translation>« %1 » est hors du contexte de construction : %2 ne voit que le dossier du contexte et ce qu’il contient.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="340" />
        <source>«%1» is not in the build context.</source>
        <translation>« %1 » n’est pas dans le contexte de construction.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfilelint.cpp" line="344" />
        <source>ADD also fetches URLs and unpacks archives; for plain files COPY says what it does.</source>
        <translation>ADD télécharge aussi des URL et décompresse des archives ; pour de simples fichiers, COPY dit ce qu’il fait.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="281" />
        <source>The %1 directive may appear only once.</source>
        <translation>La directive %1 ne peut apparaître qu’une seule fois.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="289" />
        <source>The escape directive takes \ or `, not «%1».</source>
        <translation>La directive escape accepte \ ou `, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="392" />
        <source>The heredoc «%1» is never closed: a line with only «%1» must end it.</source>
        <translation>Le heredoc « %1 » n’est jamais fermé : une ligne contenant seulement « %1 » doit le terminer.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="403" />
        <source>%1 needs an argument.</source>
        <translation>%1 a besoin d’un argument.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="415" />
        <source>«%1» is not a valid stage name: use letters, digits, '-', '_' or '.', starting with a letter.</source>
        <translation>« %1 » n’est pas un nom d’étape valide : utilisez des lettres, des chiffres, '-', '_' ou '.', en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="418" />
        <source>The stage name «%1» is already used on line %2.</source>
        <translation>Le nom d’étape « %1 » est déjà utilisé à la ligne %2.</translation>
    </message>
    <message>
        <location filename="../docker/dockerfileparser.cpp" line="424" />
        <source>FROM takes an image, then optionally AS and a stage name.</source>
        <translation>FROM prend une image, puis éventuellement AS et un nom d’étape.</translation>
    </message>
    <message>
        <location filename="../docker/dockerignore.cpp" line="94" />
        <source>a [...] class is not closed or holds an unescaped '-' or ']'</source>
        <translation>une classe [...] n'est pas fermée ou contient un « - » ou un « ] » non échappé</translation>
    </message>
    <message>
        <location filename="../docker/dockerignore.cpp" line="101" />
        <source>it ends with a lone '\'</source>
        <translation>il se termine par un « \ » isolé</translation>
    </message>
    <message>
        <location filename="../docker/dockerignore.cpp" line="171" />
        <source>.dockerignore, line %1: «%2» is not a valid pattern: %3</source>
        <translation>.dockerignore, ligne %1 : «%2» n'est pas un motif valide : %3</translation>
    </message>
    <message>
        <location filename="../docker/dockerignore.cpp" line="195" />
        <source>a '!' needs a pattern after it</source>
        <translation>un « ! » doit être suivi d'un motif</translation>
    </message>
    <message>
        <location filename="../docker/endpointaliases.cpp" line="11" />
        <source>Could not read the container's networks</source>
        <translation>Impossible de lire les réseaux du conteneur</translation>
    </message>
    <message>
        <location filename="../docker/execactions.cpp" line="41" />
        <source>Open «%1» in container «%2»</source>
        <translation>Ouvrir «%1» dans le conteneur «%2»</translation>
    </message>
    <message>
        <location filename="../docker/execactions.cpp" line="42" />
        <source>Could not run «%1» in container «%2»</source>
        <translation>Impossible de lancer «%1» dans le conteneur «%2»</translation>
    </message>
    <message>
        <location filename="../docker/execactions.cpp" line="59" />
        <source>Attach to container «%1»</source>
        <translation>S’attacher au conteneur «%1»</translation>
    </message>
    <message>
        <location filename="../docker/execactions.cpp" line="60" />
        <source>Could not attach to container «%1»</source>
        <translation>Impossible de s’attacher au conteneur «%1»</translation>
    </message>
    <message>
        <location filename="../docker/hijackedconnection.cpp" line="122" />
        <source>could not start the connection</source>
        <translation>impossible d’ouvrir la connexion</translation>
    </message>
    <message>
        <location filename="../docker/hijackedconnection.cpp" line="231" />
        <source>the connection to the engine has no socket</source>
        <translation>la connexion au moteur n’a pas de socket</translation>
    </message>
    <message>
        <location filename="../docker/hijackedconnection.cpp" line="307" />
        <source>the engine closed the connection without answering</source>
        <translation>le moteur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <location filename="../docker/hijackedconnection.cpp" line="312" />
        <source>the engine's answer is not HTTP</source>
        <translation>la réponse du moteur n’est pas du HTTP</translation>
    </message>
    <message>
        <location filename="../docker/hijackedconnection.cpp" line="389" />
        <source>the engine answered %1</source>
        <translation>le moteur a répondu %1</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="35" />
        <source>Tag image «%1» as «%2»</source>
        <translation>Étiqueter l’image «%1» en «%2»</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="36" />
        <source>Could not tag image «%1» as «%2»</source>
        <translation>Impossible d’étiqueter l’image «%1» en «%2»</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="49" />
        <source>Push image «%1» to %2</source>
        <translation>Envoyer l’image «%1» vers %2</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="50" />
        <source>Could not push image «%1»</source>
        <translation>Impossible d’envoyer l’image «%1»</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="63" />
        <source>Pull image «%1» from %2</source>
        <translation>Récupérer l’image «%1» depuis %2</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="64" />
        <source>Could not pull image «%1»</source>
        <translation>Impossible de récupérer l’image «%1»</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="81" />
        <source>Remove all unused images</source>
        <translation>Supprimer toutes les images inutilisées</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="81" />
        <source>Remove dangling images</source>
        <translation>Supprimer les images orphelines</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="82" />
        <source>Could not prune images</source>
        <translation>Impossible de nettoyer les images</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="90" />
        <source>Every image that no container uses, tagged ones too</source>
        <translation>Toutes les images qu’aucun conteneur n’utilise, étiquetées comprises</translation>
    </message>
    <message>
        <location filename="../docker/imageactions.cpp" line="91" />
        <source>Dangling images (no tag, not used by a container)</source>
        <translation>Images orphelines (sans étiquette, utilisées par aucun conteneur)</translation>
    </message>
    <message>
        <location filename="../docker/imagehistory.cpp" line="29" />
        <source>Could not read the image history</source>
        <translation>Impossible de lire l’historique de l’image</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="46" />
        <source>The image reference is empty</source>
        <translation>La référence de l’image est vide</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="48" />
        <source>«%1» contains spaces</source>
        <translation>«%1» contient des espaces</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="56" />
        <source>«%1» is not a valid digest (sha256:… with 64 hex digits)</source>
        <translation>«%1» n’est pas un condensé valide (sha256:… avec 64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="64" />
        <source>«%1» is not a valid tag: letters, digits, _ . and -, at most 128, not starting with . or -</source>
        <translation>«%1» n’est pas une étiquette valide : lettres, chiffres, _ . et -, 128 au plus, sans commencer par . ou -</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="69" />
        <location filename="../docker/imagereference.cpp" line="89" />
        <source>«%1» has no repository name</source>
        <translation>«%1» n’a pas de nom de dépôt</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="81" />
        <source>«%1» is not a valid registry host</source>
        <translation>«%1» n’est pas un hôte de registre valide</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="94" />
        <source>«%1»: repository names must be lowercase</source>
        <translation>«%1» : les noms de dépôt doivent être en minuscules</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="95" />
        <source>«%1» is not a valid repository name: lowercase letters, digits and separators (. _ -), parts joined by /</source>
        <translation>«%1» n’est pas un nom de dépôt valide : minuscules, chiffres et séparateurs (. _ -), parties reliées par /</translation>
    </message>
    <message>
        <location filename="../docker/imagereference.cpp" line="104" />
        <source>The repository name is longer than %1 characters</source>
        <translation>Le nom du dépôt dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="30" />
        <source>Create network «%1»</source>
        <translation>Créer le réseau « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="31" />
        <source>Could not create network «%1»</source>
        <translation>Impossible de créer le réseau « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="57" />
        <location filename="../docker/recreateplan.cpp" line="394" />
        <source>Connect container «%1» to network «%2»</source>
        <translation>Connecter le conteneur « %1 » au réseau « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="58" />
        <location filename="../docker/recreateplan.cpp" line="395" />
        <source>Could not connect container «%1» to network «%2»</source>
        <translation>Impossible de connecter le conteneur « %1 » au réseau « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="80" />
        <source>Disconnect container «%1» from network «%2»</source>
        <translation>Déconnecter le conteneur « %1 » du réseau « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="81" />
        <source>Could not disconnect container «%1» from network «%2»</source>
        <translation>Impossible de déconnecter le conteneur « %1 » du réseau « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="88" />
        <source>The link between container «%1» and network «%2»</source>
        <translation>Le lien entre le conteneur « %1 » et le réseau « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="97" />
        <source>Remove unused networks</source>
        <translation>Supprimer les réseaux inutilisés</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="98" />
        <source>Could not prune networks</source>
        <translation>Impossible de nettoyer les réseaux</translation>
    </message>
    <message>
        <location filename="../docker/networkactions.cpp" line="104" />
        <source>Every network no running container uses, except bridge, host and none</source>
        <translation>Tous les réseaux qu’aucun conteneur lancé n’utilise, sauf bridge, host et none</translation>
    </message>
    <message>
        <location filename="../docker/networkprune.cpp" line="37" />
        <source>Could not read the engine's prune report</source>
        <translation>Impossible de lire le rapport de nettoyage du moteur</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="50" />
        <location filename="../docker/networkspec.cpp" line="61" />
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="52" />
        <source>%1: «%2» is not an IPv6 subnet.</source>
        <translation>%1 : « %2 » n’est pas un sous-réseau IPv6.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="53" />
        <source>%1: «%2» is not an IPv4 subnet.</source>
        <translation>%1 : « %2 » n’est pas un sous-réseau IPv4.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="63" />
        <source>%1: a gateway needs a subnet to belong to.</source>
        <translation>%1 : une passerelle doit appartenir à un sous-réseau.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="65" />
        <source>%1: %2 is outside the subnet %3.</source>
        <translation>%1 : %2 est hors du sous-réseau %3.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="69" />
        <source>%1: %2 is the subnet's own network or broadcast address; pick an address inside it, such as the first one.</source>
        <translation>%1 : %2 est l’adresse de réseau ou de diffusion du sous-réseau ; choisissez une adresse à l’intérieur, par exemple la première.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="78" />
        <source>IP range: %1.</source>
        <translation>Plage IP : %1.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="80" />
        <source>IP range: a range needs a subnet to belong to.</source>
        <translation>Plage IP : une plage doit appartenir à un sous-réseau.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="82" />
        <source>IP range: %1 does not lie within the subnet %2.</source>
        <translation>Plage IP : %1 ne se trouve pas dans le sous-réseau %2.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="93" />
        <source>Name: a network needs a name.</source>
        <translation>Nom : un réseau a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="95" />
        <source>Name: «%1» is one of the engine's predefined networks.</source>
        <translation>Nom : « %1 » est l’un des réseaux prédéfinis du moteur.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="105" />
        <source>Name: a network named «%1» already exists.</source>
        <translation>Nom : un réseau nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="108" />
        <source>Driver: choose a driver, such as bridge.</source>
        <translation>Pilote : choisissez un pilote, par exemple bridge.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="110" />
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="111" />
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="114" />
        <source>IPv6 subnet</source>
        <translation>Sous-réseau IPv6</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="114" />
        <source>IPv6 gateway</source>
        <translation>Passerelle IPv6</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="117" />
        <source>Subnet: an IPv6 subnet needs IPv6 to be enabled.</source>
        <translation>Sous-réseau : un sous-réseau IPv6 demande d’activer IPv6.</translation>
    </message>
    <message>
        <location filename="../docker/networkspec.cpp" line="125" />
        <source>IPv6 subnet: it overlaps the subnet %1.</source>
        <translation>Sous-réseau IPv6 : il chevauche le sous-réseau %1.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="141" />
        <source>the registry</source>
        <translation>le registre</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="145" />
        <source>%1 refused the user name or password: check them and log in again.</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe : vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="147" />
        <source>%1 wants you to log in first: use Registry › Log in… (docker login %1), then try again.</source>
        <translation>%1 demande de vous connecter d’abord : utilisez Registre › Se connecter… (docker login %1), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="150" />
        <source>%1 speaks plain HTTP, but the engine uses HTTPS for registries. Give the registry a TLS certificate, or add "%1" to "insecure-registries" in /etc/docker/daemon.json and restart the engine (127.0.0.0/8 is allowed by default).</source>
        <translation>%1 parle HTTP simple, mais le moteur utilise HTTPS pour les registres. Donnez un certificat TLS au registre, ou ajoutez « %1 » à « insecure-registries » dans /etc/docker/daemon.json puis redémarrez le moteur (127.0.0.0/8 est autorisé par défaut).</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="155" />
        <source>The engine does not trust the certificate of %1: install its CA in /etc/docker/certs.d/%1/ca.crt, or list it in "insecure-registries".</source>
        <translation>Le moteur ne fait pas confiance au certificat de %1 : installez son autorité dans /etc/docker/certs.d/%1/ca.crt, ou ajoutez-le à « insecure-registries ».</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="159" />
        <source>The engine cannot find the host %1: check the registry's name in the image reference, and the engine's DNS.</source>
        <translation>Le moteur ne trouve pas l’hôte %1 : vérifiez le nom du registre dans la référence de l’image, et le DNS du moteur.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="162" />
        <source>Nothing answers at %1: is the registry running, on that port?</source>
        <translation>Rien ne répond à %1 : le registre est-il lancé, sur ce port ?</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="164" />
        <source>%1 cannot be reached from the engine: check the network or proxy.</source>
        <translation>%1 est injoignable depuis le moteur : vérifiez le réseau ou le proxy.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="166" />
        <source>%1 denied access: this account may not push or pull this repository. Check the repository name (on Docker Hub it starts with your user name) and that you are logged in as the right user.</source>
        <translation>%1 a refusé l’accès : ce compte ne peut pas envoyer ou récupérer ce dépôt. Vérifiez le nom du dépôt (sur Docker Hub, il commence par votre nom d’utilisateur) et que vous êtes connecté avec le bon utilisateur.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="170" />
        <source>There is no local image by that name: tag the image first (Tag…), then push the new name.</source>
        <translation>Aucune image locale ne porte ce nom : étiquetez d’abord l’image (Étiqueter…), puis envoyez le nouveau nom.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="173" />
        <source>%1 has no such image or tag: check the repository name and tag.</source>
        <translation>%1 n’a pas cette image ou cette étiquette : vérifiez le nom du dépôt et l’étiquette.</translation>
    </message>
    <message>
        <location filename="../docker/pullprogress.cpp" line="177" />
        <source>(The engine said: %1)</source>
        <translation>(Le moteur a répondu : %1)</translation>
    </message>
    <message>
        <location filename="../docker/recreateplan.cpp" line="127" />
        <location filename="../docker/recreateplan.cpp" line="133" />
        <source>Container configuration</source>
        <translation>Configuration du conteneur</translation>
    </message>
    <message>
        <location filename="../docker/recreateplan.cpp" line="143" />
        <source>no Id, Config or HostConfig: not a container's inspect data</source>
        <translation>pas d’Id, de Config ni de HostConfig : ce ne sont pas les données d’inspection d’un conteneur</translation>
    </message>
    <message>
        <location filename="../docker/recreateplan.cpp" line="240" />
        <source>Container «%1» is removed as soon as it stops (--rm): stopping it to make the new one would delete it and its anonymous volumes. It cannot be recreated safely.</source>
        <translation>Le conteneur « %1 » est supprimé dès qu’il s’arrête (--rm) : l’arrêter pour créer le nouveau le supprimerait avec ses volumes anonymes. Il ne peut pas être recréé sans risque.</translation>
    </message>
    <message>
        <location filename="../docker/recreateplan.cpp" line="244" />
        <source>The container has no name to keep.</source>
        <translation>Le conteneur n’a pas de nom à garder.</translation>
    </message>
    <message>
        <location filename="../docker/recreateplan.cpp" line="380" />
        <source>Create the new container «%1» from «%2»</source>
        <translation>Créer le nouveau conteneur « %1 » à partir de « %2 »</translation>
    </message>
    <message>
        <location filename="../docker/recreateplan.cpp" line="381" />
        <source>Could not create the new container «%1»</source>
        <translation>Impossible de créer le nouveau conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../docker/registryauth.cpp" line="43" />
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../docker/registryauth.cpp" line="45" />
        <source>%1 is not a JSON object</source>
        <translation>%1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../docker/registryauth.cpp" line="158" />
        <location filename="../docker/registryauth.cpp" line="164" />
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../docker/registryauth.cpp" line="186" />
        <source>The credential helper did not store the credentials</source>
        <translation>L’assistant d’identifiants n’a pas enregistré les identifiants</translation>
    </message>
    <message>
        <location filename="../docker/registryauth.cpp" line="203" />
        <source>Log in to %1 as %2</source>
        <translation>Se connecter à %1 en tant que %2</translation>
    </message>
    <message>
        <location filename="../docker/registryauth.cpp" line="204" />
        <source>Could not log in to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location filename="../docker/registrycredentials.cpp" line="45" />
        <source>The credentials stored for %1 in config.json cannot be read</source>
        <translation>Les identifiants enregistrés pour %1 dans config.json sont illisibles</translation>
    </message>
    <message>
        <location filename="../docker/registrycredentials.cpp" line="56" />
        <source>"auth" is not base64</source>
        <translation>« auth » n’est pas en base64</translation>
    </message>
    <message>
        <location filename="../docker/registrycredentials.cpp" line="60" />
        <source>"auth" is not user:password</source>
        <translation>« auth » n’est pas de la forme utilisateur:mot de passe</translation>
    </message>
    <message>
        <location filename="../docker/registrycredentials.cpp" line="71" />
        <source>The credential helper's answer for %1 cannot be read</source>
        <translation>La réponse de l’assistant d’identifiants pour %1 est illisible</translation>
    </message>
    <message>
        <location filename="../docker/statssample.cpp" line="88" />
        <source>interface «%1» is not an object</source>
        <translation>l’interface « %1 » n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../docker/statssample.cpp" line="116" />
        <location filename="../docker/statssample.cpp" line="135" />
        <source>Container statistics</source>
        <translation>Statistiques du conteneur</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="30" />
        <source> (health: starting)</source>
        <translation> (santé : démarrage)</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="31" />
        <source> (healthy)</source>
        <translation> (en bonne santé)</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="32" />
        <source> (unhealthy)</source>
        <translation> (en mauvaise santé)</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="75" />
        <source>less than a second</source>
        <translation>moins d’une seconde</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="77" />
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="79" />
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="82" />
        <source>about a minute</source>
        <translation>environ une minute</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="84" />
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="87" />
        <source>about an hour</source>
        <translation>environ une heure</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="89" />
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="91" />
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="93" />
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="95" />
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="96" />
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="154" />
        <source>Created</source>
        <comment>container status</comment>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="155" />
        <source>Removal in progress</source>
        <translation>Suppression en cours</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="156" />
        <source>Dead</source>
        <comment>container status</comment>
        <translation>Mort</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="157" />
        <source>Up %1</source>
        <comment>container status; %1 is a duration</comment>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="158" />
        <source>Up %1 (paused)</source>
        <comment>container status; %1 is a duration</comment>
        <translation>En pause, lancé depuis %1</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="160" />
        <source>Restarting (%1) %2 ago</source>
        <comment>container status; %1 exit code, %2 a duration</comment>
        <translation>Redémarrage (%1) il y a %2</translation>
    </message>
    <message>
        <location filename="../docker/containerstatus.cpp" line="162" />
        <source>Exited (%1) %2 ago</source>
        <comment>container status; %1 exit code, %2 a duration</comment>
        <translation>Arrêté (%1) il y a %2</translation>
    </message>
</context>
<context>
    <name>RecreateDialog</name>
    <message>
        <location filename="../views/recreatedialog.cpp" line="61" />
        <source>Recreate container «%1»</source>
        <translation>Recréer le conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="64" />
        <source>The engine cannot change the ports or mounts of an existing container. Quai makes a new one with the same configuration and your changes, under the same name. Named volumes stay, and the old container's anonymous volumes are mounted again at the same paths; files written in the old container's own layer are lost with it.</source>
        <translation>Le moteur ne peut pas changer les ports ni les montages d’un conteneur existant. Quai en crée un nouveau avec la même configuration et vos modifications, sous le même nom. Les volumes nommés restent, et les volumes anonymes de l’ancien conteneur sont montés de nouveau aux mêmes chemins ; les fichiers écrits dans la couche propre de l’ancien conteneur sont perdus avec lui.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="73" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="75" />
        <source>Host address (empty: all), host port (empty: a random one) → container port. Ranges such as 8000-8010 are allowed.</source>
        <translation>Adresse de l’hôte (vide : toutes), port de l’hôte (vide : un port au hasard) → port du conteneur. Les plages comme 8000-8010 sont permises.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="81" />
        <location filename="../views/recreatedialog.cpp" line="82" />
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="88" />
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="90" />
        <source>volume: storage the engine keeps (empty name: a new anonymous volume); bind: a folder of the engine's host; tmpfs: memory only, emptied when the container stops.</source>
        <translation>volume : stockage que le moteur conserve (nom vide : un nouveau volume anonyme) ; bind : un dossier de l’hôte du moteur ; tmpfs : en mémoire seulement, vidé quand le conteneur s’arrête.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="97" />
        <location filename="../views/recreatedialog.cpp" line="98" />
        <source>Add mount</source>
        <translation>Ajouter un montage</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="112" />
        <source>Ports and mounts</source>
        <translation>Ports et montages</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="114" />
        <source>What will happen, in order</source>
        <translation>Ce qui va se passer, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="117" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="118" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="118" />
        <source>Same as</source>
        <translation>Équivaut à</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="137" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="141" />
        <location filename="../views/recreatedialog.cpp" line="142" />
        <source>Recreate</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="144" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="158" />
        <source>Reading the configuration of «%1»…</source>
        <translation>Lecture de la configuration de « %1 »…</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="162" />
        <source>Could not read the configuration of container «%1»</source>
        <translation>Impossible de lire la configuration du conteneur « %1 »</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="167" />
        <source>Could not read the configuration of container «%1»: %2</source>
        <translation>Impossible de lire la configuration du conteneur « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="290" />
        <source>Ports, row %1: the container port is missing.</source>
        <translation>Ports, ligne %1 : il manque le port du conteneur.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="294" />
        <source>Ports: this container uses the host network, where publishing ports does not apply.</source>
        <translation>Ports : ce conteneur utilise le réseau de l’hôte, où la publication de ports ne s’applique pas.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="323" />
        <source>The old container's anonymous volume: kept, and mounted again here.</source>
        <translation>Volume anonyme de l’ancien conteneur : conservé, et monté de nouveau ici.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="325" />
        <source>A new, empty anonymous volume.</source>
        <translation>Un nouveau volume anonyme, vide.</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="350" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="397" />
        <source>Recreating «%1»…</source>
        <translation>Recréation de « %1 »…</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="401" />
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="407" />
        <location filename="../views/recreatedialog.cpp" line="415" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="407" />
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="415" />
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../views/recreatedialog.cpp" line="416" />
        <source>Undo: %1</source>
        <translation>Annulation : %1</translation>
    </message>
</context>
<context>
    <name>RecreateRunner</name>
    <message>
        <location filename="../models/recreaterunner.cpp" line="29" />
        <source>Container «%1» was recreated with the changes.</source>
        <translation>Le conteneur « %1 » a été recréé avec les modifications.</translation>
    </message>
    <message>
        <location filename="../models/recreaterunner.cpp" line="44" />
        <source>%1
The new container «%2» runs; the old one is still there as «%3»: remove it when you no longer need it.</source>
        <translation>%1
Le nouveau conteneur « %2 » tourne ; l’ancien est toujours là sous le nom « %3 » : supprimez-le quand vous n’en aurez plus besoin.</translation>
    </message>
    <message>
        <location filename="../models/recreaterunner.cpp" line="60" />
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <location filename="../models/recreaterunner.cpp" line="62" />
        <source>Could not undo: %1</source>
        <translation>Impossible d’annuler : %1</translation>
    </message>
    <message>
        <location filename="../models/recreaterunner.cpp" line="64" />
        <source>Container «%1» is as it was before.</source>
        <translation>Le conteneur « %1 » est comme avant.</translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message>
        <location filename="../views/resourceview.cpp" line="44" />
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../views/resourceview.cpp" line="45" />
        <source>Show only rows containing this text (Ctrl+F)</source>
        <translation>Afficher seulement les lignes contenant ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/resourceview.cpp" line="50" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../views/rundialog.cpp" line="84" />
        <source>Run a container</source>
        <translation>Lancer un conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="91" />
        <location filename="../views/rundialog.cpp" line="95" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="96" />
        <source>A local image and its tag, e.g. alpine:3.19.</source>
        <translation>Une image locale et son tag, par exemple alpine:3.19.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="97" />
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="108" />
        <source>Container settings</source>
        <translation>Réglages du conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="113" />
        <source>docker command</source>
        <translation>Commande docker</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="119" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="123" />
        <location filename="../views/rundialog.cpp" line="124" />
        <location filename="../views/rundialog.cpp" line="630" />
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="126" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="132" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="157" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="165" />
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="165" />
        <source>Empty: the engine picks a name</source>
        <translation>Vide : le moteur choisit un nom</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="166" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="166" />
        <source>Empty: the image's default command</source>
        <translation>Vide : la commande par défaut de l’image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="167" />
        <source>Split like a shell does: quotes and backslashes group words; nothing is expanded.</source>
        <translation>Découpée comme le fait un shell : les guillemets et les barres obliques inverses regroupent les mots ; rien n’est développé.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="171" />
        <source>Command words</source>
        <translation>Mots de la commande</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="172" />
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="172" />
        <source>Empty: the image's entrypoint</source>
        <translation>Vide : le point d’entrée de l’image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="173" />
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="173" />
        <source>Empty: the image's</source>
        <translation>Vide : celui de l’image</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="174" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="174" />
        <source>user, uid or uid:gid</source>
        <translation>utilisateur, uid ou uid:gid</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="175" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="178" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="177" />
        <source>One variable per row (-e KEY=VALUE); Paste lines adds KEY=VALUE lines from the clipboard.</source>
        <translation>Une variable par ligne (-e CLÉ=VALEUR) ; « Coller des lignes » ajoute les lignes CLÉ=VALEUR du presse-papiers.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="182" />
        <source>Restart policy</source>
        <translation>Politique de redémarrage</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="183" />
        <source>Never (no)</source>
        <translation>Jamais (no)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="184" />
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="185" />
        <source>Unless stopped by the user</source>
        <translation>Sauf si l’utilisateur l’a arrêté</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="186" />
        <source>On failure</source>
        <translation>En cas d’échec</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="189" />
        <source>Maximum retries</source>
        <translation>Nombre maximal de tentatives</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="190" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="193" />
        <source>retries:</source>
        <translation>tentatives :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="202" />
        <source>Remove when it stops (--rm)</source>
        <translation>Supprimer à l’arrêt (--rm)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="202" />
        <source>The container and its anonymous volumes go when it exits.</source>
        <translation>Le conteneur et ses volumes anonymes sont supprimés quand il se termine.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="203" />
        <source>Interactive (-i)</source>
        <translation>Interactif (-i)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="203" />
        <source>Keep standard input open.</source>
        <translation>Garder l’entrée standard ouverte.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="204" />
        <source>Terminal (-t)</source>
        <translation>Terminal (-t)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="204" />
        <source>Give the container a terminal; output then comes as one raw stream.</source>
        <translation>Donner un terminal au conteneur ; la sortie arrive alors en un seul flux brut.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="205" />
        <source>Start it now (run; otherwise only create)</source>
        <translation>Le démarrer tout de suite (run ; sinon, seulement le créer)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="205" />
        <source>docker run creates and starts; docker create only creates.</source>
        <translation>docker run crée et démarre ; docker create ne fait que créer.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="207" />
        <source>Detached (-d)</source>
        <translation>Détaché (-d)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="207" />
        <source>Without it, docker run would stay attached to the output; Quai shows it in the Logs tab either way.</source>
        <translation>Sans cette option, docker run resterait attaché à la sortie ; Quai l’affiche de toute façon dans l’onglet Journaux.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="215" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="216" />
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="218" />
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Point d’entrée :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="219" />
        <source>&amp;Working directory:</source>
        <translation>Répertoire de &amp;travail :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="220" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="221" />
        <source>En&amp;vironment:</source>
        <translation>En&amp;vironnement :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="222" />
        <source>&amp;Labels:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="223" />
        <source>Restart:</source>
        <translation>Redémarrage :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="240" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="242" />
        <source>Each row publishes a container port on the engine's host: host address (empty: all), host port (empty: a random one), container port. Ranges such as 8000-8010 are allowed.</source>
        <translation>Chaque ligne publie un port du conteneur sur l’hôte du moteur : adresse de l’hôte (vide : toutes), port de l’hôte (vide : un port au hasard), port du conteneur. Les plages comme 8000-8010 sont acceptées.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="247" />
        <source>Publish all exposed ports on random host ports (-P)</source>
        <translation>Publier tous les ports exposés sur des ports de l’hôte au hasard (-P)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="248" />
        <source>Publish all</source>
        <translation>Tout publier</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="252" />
        <location filename="../views/rundialog.cpp" line="253" />
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="258" />
        <source>The host network shares the host's network stack: the container uses the host's ports directly, so publishing does not apply.</source>
        <translation>Le réseau de l’hôte partage la pile réseau de l’hôte : le conteneur utilise directement les ports de l’hôte, la publication ne s’applique donc pas.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="265" />
        <source>Port problem</source>
        <translation>Problème de port</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="368" />
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="312" />
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="319" />
        <source>Add volume</source>
        <translation>Ajouter un volume</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="320" />
        <source>Add bind mount</source>
        <translation>Ajouter un montage bind</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="321" />
        <source>Add tmpfs</source>
        <translation>Ajouter un tmpfs</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="361" />
        <location filename="../views/rundialog.cpp" line="370" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="364" />
        <source>Network mode</source>
        <translation>Mode réseau</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="365" />
        <source>Default bridge</source>
        <translation>Pont par défaut</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="366" />
        <source>A named network</source>
        <translation>Un réseau nommé</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="367" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="372" />
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="373" />
        <source>other names on this network, separated by spaces</source>
        <translation>autres noms sur ce réseau, séparés par des espaces</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="375" />
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="376" />
        <source>empty: the network assigns one</source>
        <translation>vide : le réseau en attribue une</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="379" />
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="381" />
        <source>N&amp;etwork:</source>
        <translation>Rés&amp;eau :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="382" />
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="383" />
        <source>IPv&amp;4 address:</source>
        <translation>Adresse IPv&amp;4 :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="520" />
        <source>Command: %1</source>
        <translation>Commande : %1</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="522" />
        <source>Entrypoint: %1</source>
        <translation>Point d’entrée : %1</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="547" />
        <source>Ports, row %1: host port %2 is already in use on this machine.</source>
        <translation>Ports, ligne %1 : le port de l’hôte %2 est déjà utilisé sur cette machine.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="612" />
        <source>The engine's default bridge: outgoing access, and reachable from the host through published ports.</source>
        <translation>Le pont par défaut du moteur : accès sortant, et joignable depuis l’hôte par les ports publiés.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="616" />
        <source>A user network: containers on it reach each other by name and by alias.</source>
        <translation>Un réseau utilisateur : les conteneurs qui y sont se joignent par leur nom et leurs alias.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="620" />
        <source>No network at all: the container is fully isolated, with only a loopback interface.</source>
        <translation>Aucun réseau : le conteneur est totalement isolé, avec seulement une interface de bouclage.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="624" />
        <source>Shares the host's network stack: no isolation, and ports don't apply.</source>
        <translation>Partage la pile réseau de l’hôte : aucune isolation, et les ports ne s’appliquent pas.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="630" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="630" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rundialog.cpp" line="636" />
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n mot : %1</numerusform>
            <numerusform>%n mots : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="652" />
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="711" />
        <source>«%1» → «%2»: %3</source>
        <translation>« %1 » → « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="717" />
        <source>Mount a sensitive host path?</source>
        <translation>Monter un chemin sensible de l’hôte ?</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="718" />
        <source>This container would see sensitive parts of the host:</source>
        <translation>Ce conteneur verrait des parties sensibles de l’hôte :</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="721" />
        <location filename="../views/rundialog.cpp" line="722" />
        <source>Mount it anyway</source>
        <translation>Le monter quand même</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="731" />
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="750" />
        <source>Created container «%1».</source>
        <translation>Conteneur « %1 » créé.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="767" />
        <source>The container «%1» was created but is not running.</source>
        <translation>Le conteneur « %1 » a été créé mais ne tourne pas.</translation>
    </message>
    <message>
        <location filename="../views/rundialog.cpp" line="777" />
        <source>Started container «%1».</source>
        <translation>Conteneur « %1 » démarré.</translation>
    </message>
</context>
<context>
    <name>StatsStream</name>
    <message>
        <location filename="../models/statsstream.cpp" line="73" />
        <source>Could not read the statistics of container %1: %2</source>
        <translation>Impossible de lire les statistiques du conteneur %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/statsstream.cpp" line="90" />
        <source>Could not follow the statistics of container %1</source>
        <translation>Impossible de suivre les statistiques du conteneur %1</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../views/statsview.cpp" line="44" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="47" />
        <source>Statistics status</source>
        <translation>État des statistiques</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="49" />
        <source>Latest statistics</source>
        <translation>Dernières statistiques</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="51" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="51" />
        <source>CPU (%, 100 = one core)</source>
        <translation>CPU (%, 100 = un cœur)</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="52" />
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="52" />
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="52" />
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="52" />
        <location filename="../views/statsview.cpp" line="276" />
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="53" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="53" />
        <source>Network (KiB/s)</source>
        <translation>Réseau (Kio/s)</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="53" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="53" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="54" />
        <source>Disk (block I/O)</source>
        <translation>Disque (E/S bloc)</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="54" />
        <source>Disk (KiB/s)</source>
        <translation>Disque (Kio/s)</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="54" />
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="54" />
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="55" />
        <source>CPU chart</source>
        <translation>Graphique du CPU</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="56" />
        <source>Memory chart</source>
        <translation>Graphique de la mémoire</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="57" />
        <source>Network chart</source>
        <translation>Graphique du réseau</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="58" />
        <source>Disk chart</source>
        <translation>Graphique du disque</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="100" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="248" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="249" />
        <source>CPU %1 % · memory %2 of %3 · processes %4</source>
        <translation>CPU %1 % · mémoire %2 sur %3 · processus %4</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="274" />
        <source>Limit: %1 (off the scale)</source>
        <translation>Limite : %1 (hors échelle)</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="285" />
        <source>Select a container to see its statistics.</source>
        <translation>Sélectionnez un conteneur pour voir ses statistiques.</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="289" />
        <source>Container «%1» is not running: there is nothing to measure. Start it to see its statistics.</source>
        <translation>Le conteneur « %1 » ne tourne pas : il n’y a rien à mesurer. Démarrez-le pour voir ses statistiques.</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="292" />
        <source>Waiting for the first figures from the engine…</source>
        <translation>En attente des premiers chiffres du moteur…</translation>
    </message>
    <message>
        <location filename="../views/statsview.cpp" line="294" />
        <source>Live figures of «%1» over the last two minutes (docker stats).</source>
        <translation>Chiffres en direct de « %1 » sur les deux dernières minutes (docker stats).</translation>
    </message>
</context>
<context>
    <name>TerminalPanel</name>
    <message>
        <location filename="../views/terminalpanel.cpp" line="27" />
        <location filename="../views/terminalpanel.cpp" line="43" />
        <source>Open shell</source>
        <translation>Ouvrir un shell</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="28" />
        <source>Attach</source>
        <translation>S’attacher</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="29" />
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="37" />
        <source>Custom command…</source>
        <translation>Commande personnalisée…</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="38" />
        <source>Shell to open</source>
        <translation>Shell à ouvrir</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="39" />
        <source>The program `docker exec -it` runs in the container</source>
        <translation>Le programme que `docker exec -it` lance dans le conteneur</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="40" />
        <source>e.g. ash -l, or top</source>
        <translation>p. ex. ash -l, ou top</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="41" />
        <source>Custom command</source>
        <translation>Commande personnalisée</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="44" />
        <source>Run the chosen program in the container, with a terminal (docker exec -it)</source>
        <translation>Lancer le programme choisi dans le conteneur, avec un terminal (docker exec -it)</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="45" />
        <source>Attach to the main process</source>
        <translation>S’attacher au processus principal</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="46" />
        <source>Connect the terminal to the container's main process (docker attach)</source>
        <translation>Relier le terminal au processus principal du conteneur (docker attach)</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="47" />
        <source>Disconnect the terminal</source>
        <translation>Déconnecter le terminal</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="48" />
        <source>Close the connection; an attached container keeps running</source>
        <translation>Fermer la connexion ; un conteneur auquel on s’est attaché continue de tourner</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="49" />
        <source>Terminal status</source>
        <translation>État du terminal</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="54" />
        <source>&amp;Shell:</source>
        <translation>&amp;Shell :</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="194" />
        <source>No container selected.</source>
        <translation>Aucun conteneur sélectionné.</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="196" />
        <source>The container is not running: start it to open a shell or attach to it.</source>
        <translation>Le conteneur ne tourne pas : lancez-le pour ouvrir un shell ou vous y attacher.</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="198" />
        <source>Open a shell to run a program in the container, or attach to its main process.</source>
        <translation>Ouvrez un shell pour lancer un programme dans le conteneur, ou attachez-vous à son processus principal.</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="205" />
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="208" />
        <source>Running %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="212" />
        <source>%1 ended with exit code %2.</source>
        <translation>%1 s’est terminé avec le code de sortie %2.</translation>
    </message>
    <message>
        <location filename="../views/terminalpanel.cpp" line="214" />
        <source>%1: disconnected.</source>
        <translation>%1 : déconnecté.</translation>
    </message>
</context>
<context>
    <name>TerminalSession</name>
    <message>
        <location filename="../models/terminalsession.cpp" line="32" />
        <location filename="../models/terminalsession.cpp" line="219" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../models/terminalsession.cpp" line="54" />
        <source>the engine gave no exec ID</source>
        <translation>le moteur n’a pas donné d’identifiant d’exec</translation>
    </message>
    <message>
        <location filename="../models/terminalsession.cpp" line="82" />
        <source>the container is not running; start it first</source>
        <translation>le conteneur ne tourne pas : lancez-le d’abord</translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <location filename="../views/terminalwidget.cpp" line="249" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../views/terminalwidget.cpp" line="250" />
        <source>The container's terminal: what you type goes to the process</source>
        <translation>Le terminal du conteneur : ce que vous tapez va au processus</translation>
    </message>
    <message>
        <location filename="../views/terminalwidget.cpp" line="256" />
        <source>Terminal scrollback</source>
        <translation>Historique du terminal</translation>
    </message>
    <message>
        <location filename="../views/terminalwidget.cpp" line="863" />
        <source>Terminal menu</source>
        <translation>Menu du terminal</translation>
    </message>
    <message>
        <location filename="../views/terminalwidget.cpp" line="864" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../views/terminalwidget.cpp" line="867" />
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../views/terminalwidget.cpp" line="871" />
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>TopologyPanel</name>
    <message>
        <location filename="../views/topologypanel.cpp" line="72" />
        <source>Network picture actions</source>
        <translation>Actions du schéma du réseau</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="73" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="74" />
        <source>Show the whole picture (Ctrl+0)</source>
        <translation>Afficher tout le schéma (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="75" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="76" />
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation>Zoom avant (Ctrl++ ou la molette)</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="77" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="78" />
        <source>Zoom out (Ctrl+- or the mouse wheel)</source>
        <translation>Zoom arrière (Ctrl+- ou la molette)</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="79" />
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="80" />
        <source>Save the network picture as a PNG picture</source>
        <translation>Enregistrer le schéma du réseau comme image PNG</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="81" />
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="82" />
        <source>Save the network picture as an SVG drawing</source>
        <translation>Enregistrer le schéma du réseau comme dessin SVG</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="83" />
        <source>Explain networks…</source>
        <translation>Les réseaux expliqués…</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="84" />
        <source>Bridge, user-defined, host and none: who can reach whom</source>
        <translation>Bridge, défini par l'utilisateur, host et none : qui peut joindre qui</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="85" />
        <source>Network picture status</source>
        <translation>État du schéma du réseau</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="87" />
        <source>Drag a container onto a network to connect it. Wheel: zoom; drag the background: move; Tab and arrows: go from node to node.</source>
        <translation>Faites glisser un conteneur sur un réseau pour l'y connecter. Molette : zoom ; glisser le fond : déplacer ; Tab et flèches : aller d'un nœud à l'autre.</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="137" />
        <source>Save the network picture as SVG</source>
        <translation>Enregistrer le schéma du réseau en SVG</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="138" />
        <source>Save the network picture as PNG</source>
        <translation>Enregistrer le schéma du réseau en PNG</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="141" />
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="141" />
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../views/topologypanel.cpp" line="148" />
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../views/topologyview.cpp" line="238" />
        <location filename="../views/topologyview.cpp" line="777" />
        <source>Network topology</source>
        <translation>Topologie du réseau</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="239" />
        <source>Isolated</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="240" />
        <source>--network none: loopback only,
nothing reaches them</source>
        <translation>--network none : boucle locale seulement,
rien ne les atteint</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="252" />
        <source>Host (this machine)</source>
        <translation>Hôte (cette machine)</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="253" />
        <source>Containers on «host» share its network stack: they are drawn inside.</source>
        <translation>Les conteneurs sur « host » partagent sa pile réseau : ils sont dessinés à l'intérieur.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="258" />
        <source>default</source>
        <comment>the default bridge network</comment>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="260" />
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="271" />
        <source>isolated (none)</source>
        <translation>isolé (none)</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="273" />
        <source>no network of its own</source>
        <translation>pas de réseau propre</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="294" />
        <source>%1 (no address while not running)</source>
        <translation>%1 (pas d'adresse tant qu'il ne tourne pas)</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="295" />
        <source>%1 (address %2)</source>
        <translation>%1 (adresse %2)</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="305" />
        <source>The host, this machine.</source>
        <translation>L'hôte, cette machine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/topologyview.cpp" line="306" />
        <source>%n container(s) share its network stack (--network host).</source>
        <translation>
            <numerusform>%n conteneur partage sa pile réseau (--network host).</numerusform>
            <numerusform>%n conteneurs partagent sa pile réseau (--network host).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="308" />
        <location filename="../views/topologyview.cpp" line="344" />
        <source>Published ports: %1.</source>
        <translation>Ports publiés : %1.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="312" />
        <source>Network %1, driver %2.</source>
        <translation>Réseau %1, pilote %2.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="314" />
        <source>Subnet %1.</source>
        <translation>Sous-réseau %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/topologyview.cpp" line="315" />
        <source>%n container(s) attached.</source>
        <translation>
            <numerusform>%n conteneur connecté.</numerusform>
            <numerusform>%n conteneurs connectés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="317" />
        <source>The default bridge: its containers reach each other by IP address, not by name.</source>
        <translation>Le bridge par défaut : ses conteneurs se joignent par adresse IP, pas par nom.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="319" />
        <source>A user-defined network: its containers reach each other by name.</source>
        <translation>Un réseau défini par l'utilisateur : ses conteneurs se joignent par leur nom.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="321" />
        <source>Internal: no way out to other networks.</source>
        <translation>Interne : aucune sortie vers d'autres réseaux.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="327" />
        <source>Container %1, %2, image %3.</source>
        <translation>Conteneur %1, %2, image %3.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="330" />
        <source>Shares the host's network stack (--network host): no address of its own, published ports do not apply.</source>
        <translation>Partage la pile réseau de l'hôte (--network host) : pas d'adresse propre, les ports publiés ne s'appliquent pas.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="333" />
        <source>Isolated (--network none): loopback only; nothing reaches it and it reaches nothing.</source>
        <translation>Isolé (--network none) : boucle locale seulement ; rien ne l'atteint et il n'atteint rien.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="336" />
        <source>Has no network of its own.</source>
        <translation>N'a pas de réseau propre.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="339" />
        <source>On no network drawn here.</source>
        <translation>Sur aucun réseau dessiné ici.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="340" />
        <source>On %1.</source>
        <translation>Sur %1.</translation>
    </message>
    <message>
        <location filename="../views/topologyview.cpp" line="764" />
        <location filename="../views/topologyview.cpp" line="781" />
        <source>Could not save the network picture as «%1»</source>
        <translation>Impossible d'enregistrer le schéma du réseau sous « %1 »</translation>
    </message>
</context>
<context>
    <name>UnreachablePage</name>
    <message>
        <location filename="../views/unreachablepage.cpp" line="29" />
        <location filename="../views/unreachablepage.cpp" line="57" />
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="32" />
        <source>Engine unreachable</source>
        <translation>Moteur injoignable</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="36" />
        <source>Quai cannot reach the Docker engine</source>
        <translation>Quai ne parvient pas à joindre le moteur Docker</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="43" />
        <source>Endpoint tried</source>
        <translation>Point de connexion essayé</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="44" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="45" />
        <source>How to start an engine</source>
        <translation>Comment démarrer un moteur</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="48" />
        <source>&lt;p&gt;To start a local engine, run &lt;code&gt;sudo systemctl start docker&lt;/code&gt;, or &lt;code&gt;sudo dockerd&lt;/code&gt; where there is no systemd.&lt;/p&gt;&lt;p&gt;If the engine runs but the socket is refused, add yourself to the &lt;code&gt;docker&lt;/code&gt; group (&lt;code&gt;sudo usermod -aG docker $USER&lt;/code&gt;) and log in again.&lt;/p&gt;&lt;p&gt;To use another engine, set &lt;code&gt;DOCKER_HOST&lt;/code&gt; (for example &lt;code&gt;tcp://192.168.1.10:2375&lt;/code&gt;), choose a docker context, or start Quai with &lt;code&gt;--host&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Quai reconnects by itself as soon as the engine answers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour démarrer un moteur local, lancez &lt;code&gt;sudo systemctl start docker&lt;/code&gt;, ou &lt;code&gt;sudo dockerd&lt;/code&gt; s'il n'y a pas de systemd.&lt;/p&gt;&lt;p&gt;Si le moteur tourne mais que le socket est refusé, ajoutez-vous au groupe &lt;code&gt;docker&lt;/code&gt; (&lt;code&gt;sudo usermod -aG docker $USER&lt;/code&gt;) puis reconnectez-vous.&lt;/p&gt;&lt;p&gt;Pour utiliser un autre moteur, définissez &lt;code&gt;DOCKER_HOST&lt;/code&gt; (par exemple &lt;code&gt;tcp://192.168.1.10:2375&lt;/code&gt;), choisissez un contexte docker, ou lancez Quai avec &lt;code&gt;--host&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Quai se reconnecte tout seul dès que le moteur répond.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="56" />
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="58" />
        <source>Try to reach the engine again now</source>
        <translation>Essayer de joindre le moteur dès maintenant</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="64" />
        <source>Endpoint:</source>
        <translation>Point de connexion :</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="65" />
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="132" />
        <source>%1 (from %2)</source>
        <translation>%1 (issu de %2)</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="134" />
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="142" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/unreachablepage.cpp" line="153" />
        <source>Retrying in %n s…</source>
        <translation>
            <numerusform>Nouvel essai dans %n s…</numerusform>
            <numerusform>Nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/unreachablepage.cpp" line="154" />
        <source>Retrying…</source>
        <translation>Nouvel essai…</translation>
    </message>
</context>
<context>
    <name>VolumeBrowser</name>
    <message>
        <location filename="../models/volumebrowser.cpp" line="105" />
        <source>The files add up to more than %1 MiB; upload fewer at a time</source>
        <translation>Les fichiers dépassent %1 Mio au total ; envoyez-en moins à la fois</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="111" />
        <location filename="../models/volumebrowser.cpp" line="116" />
        <source>Could not read «%1»: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="137" />
        <source>«%1» does not exist</source>
        <translation>« %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="195" />
        <location filename="../models/volumebrowser.cpp" line="378" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="214" />
        <location filename="../models/volumebrowser.cpp" line="227" />
        <source>not connected to an engine</source>
        <translation>aucun moteur connecté</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="227" />
        <source>Could not open volume «%1»</source>
        <translation>Impossible d’ouvrir le volume « %1 »</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="259" />
        <source>The browser of volume «%1» is closed</source>
        <translation>Le navigateur du volume « %1 » est fermé</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="329" />
        <source>Could not look for the helper image %1</source>
        <translation>Impossible de chercher l’image auxiliaire %1</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="340" />
        <source>The helper image %1 is missing after its import</source>
        <translation>L’image auxiliaire %1 est absente après son import</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="487" />
        <source>«%1» is not a folder</source>
        <translation>« %1 » n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="523" />
        <source>«%1» is a folder</source>
        <translation>« %1 » est un dossier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="525" />
        <source>«%1» is a symbolic link to «%2»</source>
        <translation>« %1 » est un lien symbolique vers « %2 »</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="553" />
        <source>«%1» is not a file: download it into a folder instead</source>
        <translation>« %1 » n’est pas un fichier : téléchargez-le plutôt dans un dossier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="558" />
        <location filename="../models/volumebrowser.cpp" line="563" />
        <location filename="../models/volumebrowser.cpp" line="569" />
        <location filename="../models/volumebrowser.cpp" line="615" />
        <location filename="../models/volumebrowser.cpp" line="635" />
        <location filename="../models/volumebrowser.cpp" line="673" />
        <location filename="../models/volumebrowser.cpp" line="677" />
        <location filename="../models/volumebrowser.cpp" line="683" />
        <source>Could not write «%1»: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="567" />
        <source>the engine sent no file</source>
        <translation>le moteur n’a envoyé aucun fichier</translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="607" />
        <source>Could not create the folder «%1»</source>
        <translation>Impossible de créer le dossier « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/volumebrowser.cpp" line="656" />
        <source>%n item(s) could not be recreated here (links, devices or unsafe names)</source>
        <translation>
            <numerusform>%n élément n’a pas pu être recréé ici (lien, périphérique ou nom dangereux)</numerusform>
            <numerusform>%n éléments n’ont pas pu être recréés ici (liens, périphériques ou noms dangereux)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/volumebrowser.cpp" line="707" />
        <source>Nothing was uploaded to volume «%1»</source>
        <translation>Rien n’a été envoyé dans le volume « %1 »</translation>
    </message>
</context>
<context>
    <name>VolumeBrowserDialog</name>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="55" />
        <source>Files of volume «%1»</source>
        <translation>Fichiers du volume « %1 »</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="66" />
        <source>File actions</source>
        <translation>Actions sur les fichiers</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="69" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="71" />
        <source>List the selected folder again (F5)</source>
        <translation>Relire le dossier sélectionné (F5)</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="73" />
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="75" />
        <source>Save the selected file, or copy the selected folder into a local folder</source>
        <translation>Enregistrer le fichier sélectionné, ou copier le dossier sélectionné dans un dossier local</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="76" />
        <source>Download as .tar…</source>
        <translation>Télécharger en .tar…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="77" />
        <source>Save the selection as a tar archive, as the engine sends it</source>
        <translation>Enregistrer la sélection comme archive tar, telle que le moteur l’envoie</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="78" />
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="80" />
        <source>Copy local files into the selected folder of the volume</source>
        <translation>Copier des fichiers locaux dans le dossier sélectionné du volume</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="83" />
        <source>Path in the volume</source>
        <translation>Chemin dans le volume</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="84" />
        <source>Where the selection is, as the helper container sees the volume</source>
        <translation>Où se trouve la sélection, vue depuis le conteneur auxiliaire</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="87" />
        <source>Files and folders</source>
        <translation>Fichiers et dossiers</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="103" />
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="106" />
        <source>Select a text file to read it here.</source>
        <translation>Sélectionnez un fichier texte pour le lire ici.</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="108" />
        <source>Browser status</source>
        <translation>État du navigateur</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="125" />
        <source>Listing %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumebrowserdialog.cpp" line="128" />
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1 : %n élément</numerusform>
            <numerusform>%1 : %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="134" />
        <source>Preparing a read-only helper container for the volume…</source>
        <translation>Préparation d’un conteneur auxiliaire en lecture seule pour le volume…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="185" />
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="189" />
        <source>A symbolic link to %1</source>
        <translation>Un lien symbolique vers %1</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="193" />
        <source>A special file (device, pipe or socket): nothing to read.</source>
        <translation>Un fichier spécial (périphérique, tube ou socket) : rien à lire.</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="202" />
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="215" />
        <source>%1 is a binary file. Download it to open it.</source>
        <translation>%1 est un fichier binaire. Téléchargez-le pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="221" />
        <source>[Only the first %1 MiB are shown. Download the file to see all of it.]</source>
        <translation>[Seul le premier Mio (%1) est affiché. Téléchargez le fichier pour le voir en entier.]</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="249" />
        <source>Save %1 as a tar archive</source>
        <translation>Enregistrer %1 comme archive tar</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="251" />
        <source>Tar archives (*.tar)</source>
        <translation>Archives tar (*.tar)</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="256" />
        <source>Copy %1 into which folder?</source>
        <translation>Copier %1 dans quel dossier ?</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="261" />
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="267" />
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="272" />
        <source>Downloaded %1 to %2</source>
        <translation>%1 téléchargé dans %2</translation>
    </message>
    <message>
        <location filename="../views/volumebrowserdialog.cpp" line="286" />
        <source>Upload into %1</source>
        <translation>Envoyer dans %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumebrowserdialog.cpp" line="293" />
        <source>Uploading %n item(s) into %1…</source>
        <translation>
            <numerusform>Envoi de %n élément dans %1…</numerusform>
            <numerusform>Envoi de %n éléments dans %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumebrowserdialog.cpp" line="301" />
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
        <location filename="../views/volumecreatedialog.cpp" line="41" />
        <location filename="../views/volumecreatedialog.cpp" line="67" />
        <location filename="../views/volumecreatedialog.cpp" line="124" />
        <location filename="../views/volumecreatedialog.cpp" line="142" />
        <location filename="../views/volumecreatedialog.cpp" line="269" />
        <source>Driver options</source>
        <translation>Options du pilote</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="42" />
        <location filename="../views/volumecreatedialog.cpp" line="71" />
        <location filename="../views/volumecreatedialog.cpp" line="134" />
        <location filename="../views/volumecreatedialog.cpp" line="143" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="46" />
        <source>Create a volume</source>
        <translation>Créer un volume</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="50" />
        <source>Volume name</source>
        <translation>Nom du volume</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="51" />
        <source>Empty: an anonymous volume, named by the engine</source>
        <translation>Vide : un volume anonyme, nommé par le moteur</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="53" />
        <source>Name check</source>
        <translation>Vérification du nom</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="57" />
        <location filename="../views/volumecreatedialog.cpp" line="267" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="58" />
        <source>«local» stores the data on the engine's host. Other drivers are plugins installed on the engine.</source>
        <translation>« local » stocke les données sur l’hôte du moteur. Les autres pilotes sont des extensions installées sur le moteur.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="61" />
        <location filename="../views/volumecreatedialog.cpp" line="62" />
        <source>Keep it in RAM (tmpfs)</source>
        <translation>Le garder en RAM (tmpfs)</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="63" />
        <source>Sets type=tmpfs, device=tmpfs, o=size=64m: a local volume whose data lives in memory and is lost when the engine's host restarts.</source>
        <translation>Règle type=tmpfs, device=tmpfs, o=size=64m : un volume local dont les données vivent en mémoire et sont perdues au redémarrage de l’hôte du moteur.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="77" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="81" />
        <location filename="../views/volumecreatedialog.cpp" line="82" />
        <location filename="../views/volumecreatedialog.cpp" line="219" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="84" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="89" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="91" />
        <source>&amp;Driver:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="97" />
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="120" />
        <source>Driver: empty; use «local» unless a plugin provides another.</source>
        <translation>Pilote : vide ; utilisez « local », sauf si une extension en fournit un autre.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="123" />
        <source>Driver: «%1» must not contain spaces.</source>
        <translation>Pilote : « %1 » ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="130" />
        <source>Driver options: the local driver does not know «%1»; it takes type, device, o and size.</source>
        <translation>Options du pilote : le pilote local ne connaît pas « %1 » ; il accepte type, device, o et size.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="184" />
        <source>No name: the engine makes an anonymous volume with a random 64-character name.</source>
        <translation>Sans nom : le moteur crée un volume anonyme avec un nom aléatoire de 64 caractères.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="187" />
        <source>A volume named «%1» already exists.</source>
        <translation>Un volume nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="190" />
        <source>Letters, digits, «_», «.» and «-»; at least two characters.</source>
        <translation>Lettres, chiffres, « _ », « . » et « - » ; au moins deux caractères.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="200" />
        <source>(not valid yet)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="219" />
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="228" />
        <source>A volume named «%1» already exists; nothing was created.</source>
        <translation>Un volume nommé « %1 » existe déjà ; rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="249" />
        <source>Could not check whether volume «%1» exists</source>
        <translation>Impossible de vérifier si le volume « %1 » existe</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="271" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="272" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../views/volumecreatedialog.cpp" line="277" />
        <source>Created volume «%1».</source>
        <translation>Volume « %1 » créé.</translation>
    </message>
</context>
<context>
    <name>VolumeDetailsWidget</name>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="50" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="51" />
        <location filename="../views/volumedetailswidget.cpp" line="79" />
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="52" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="53" />
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="54" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="55" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="56" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="57" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="58" />
        <source>Reference count</source>
        <translation>Nombre de références</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="59" />
        <location filename="../views/volumedetailswidget.cpp" line="87" />
        <location filename="../views/volumedetailswidget.cpp" line="231" />
        <source>Compute size</source>
        <translation>Calculer la taille</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="65" />
        <source>The data lives on the engine's host in:</source>
        <translation>Les données vivent sur l’hôte du moteur dans :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="72" />
        <source>Mount point on the host</source>
        <translation>Point de montage sur l’hôte</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="76" />
        <source>Copy the mount point</source>
        <translation>Copier le point de montage</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="77" />
        <source>Copy the mount point to the clipboard</source>
        <translation>Copier le point de montage dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="88" />
        <source>Asks the engine for the disk usage of every volume (GET /system/df); it can take a while on large volumes.</source>
        <translation>Demande au moteur l’espace disque de chaque volume (GET /system/df) ; cela peut prendre du temps sur de gros volumes.</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="96" />
        <source>Driver:</source>
        <translation>Pilote :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="97" />
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="98" />
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="99" />
        <source>Labels:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="100" />
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="101" />
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="102" />
        <source>Reference count:</source>
        <translation>Nombre de références :</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105" />
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105" />
        <source>Path in the container</source>
        <translation>Chemin dans le conteneur</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="105" />
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="107" />
        <source>Containers that use this volume</source>
        <translation>Conteneurs qui utilisent ce volume</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="174" />
        <source>(the driver gives no path)</source>
        <translation>(le pilote ne donne aucun chemin)</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="179" />
        <source>Open %1 in the file manager</source>
        <translation>Ouvrir %1 dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="181" />
        <source>The engine runs on another machine: its folders are not here.</source>
        <translation>Le moteur tourne sur une autre machine : ses dossiers ne sont pas ici.</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="183" />
        <source>You may not read this folder; the engine's files usually belong to root.</source>
        <translation>Vous ne pouvez pas lire ce dossier ; les fichiers du moteur appartiennent en général à root.</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="189" />
        <source>%1 (tmpfs: kept in RAM, lost when the host restarts)</source>
        <translation>%1 (tmpfs : gardé en RAM, perdu au redémarrage de l’hôte)</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="194" />
        <source>%1 (anonymous volume)</source>
        <translation>%1 (volume anonyme)</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="196" />
        <location filename="../views/volumedetailswidget.cpp" line="197" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="216" />
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="216" />
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="221" />
        <source>No container uses this volume.</source>
        <translation>Aucun conteneur n’utilise ce volume.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumedetailswidget.cpp" line="222" />
        <source>Used by %n container(s):</source>
        <translation>
            <numerusform>Utilisé par %n conteneur :</numerusform>
            <numerusform>Utilisé par %n conteneurs :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="231" />
        <source>Compute again</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="233" />
        <location filename="../views/volumedetailswidget.cpp" line="234" />
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="239" />
        <location filename="../views/volumedetailswidget.cpp" line="240" />
        <source>Not computed</source>
        <translation>Non calculé</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="243" />
        <location filename="../views/volumedetailswidget.cpp" line="244" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../views/volumedetailswidget.cpp" line="263" />
        <source>Could not compute the size</source>
        <translation>Impossible de calculer la taille</translation>
    </message>
</context>
<context>
    <name>VolumeFileModel</name>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="252" />
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="270" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="291" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="292" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="293" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../models/volumefilemodel.cpp" line="294" />
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <location filename="../models/volumemodel.cpp" line="72" />
        <source>unused</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="87" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="88" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="89" />
        <source>Mount point</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="90" />
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="91" />
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="92" />
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="121" />
        <source>Could not list volumes</source>
        <translation>Impossible de lister les volumes</translation>
    </message>
    <message>
        <location filename="../models/volumemodel.cpp" line="142" />
        <source>Could not read volume «%1»</source>
        <translation>Impossible de lire le volume « %1 »</translation>
    </message>
</context>
<context>
    <name>VolumePruneDialog</name>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="26" />
        <source>Anonymous volumes only (the engine's default)</source>
        <translation>Volumes anonymes seulement (le choix par défaut du moteur)</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="27" />
        <source>All unused volumes, named ones too</source>
        <translation>Tous les volumes inutilisés, nommés compris</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="20" />
        <source>Remove unused volumes</source>
        <translation>Supprimer les volumes inutilisés</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="30" />
        <source>What prune removes on this engine</source>
        <translation>Ce que le nettoyage supprime sur ce moteur</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="22" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="22" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="22" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="21" />
        <source>Volumes that will be removed</source>
        <translation>Volumes qui seront supprimés</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="45" />
        <source>Space reclaimed</source>
        <translation>Espace récupéré</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="21" />
        <source>These volumes and all their data will be removed:</source>
        <translation>Ces volumes et toutes leurs données seront supprimés :</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="22" />
        <source>Deleted volume</source>
        <translation>Volume supprimé</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="23" />
        <source>Deleted volumes</source>
        <translation>Volumes supprimés</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="22" />
        <source>Remove these volumes</source>
        <translation>Supprimer ces volumes</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="97" />
        <source>Every volume of the local driver that no container uses, running or stopped, goes, named ones included.</source>
        <translation>Chaque volume du pilote local qu’aucun conteneur, démarré ou arrêté, n’utilise est supprimé, nommés compris.</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="99" />
        <source>Only anonymous volumes (made for a container without a name) that no container uses go. Named volumes stay.</source>
        <translation>Seuls les volumes anonymes (créés pour un conteneur, sans nom) qu’aucun conteneur n’utilise sont supprimés. Les volumes nommés restent.</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="102" />
        <source>On this engine (API %1), prune removes every unused local volume, named ones too, not only anonymous ones. A volume counts as used as long as a container mounts it, even a stopped one.</source>
        <translation>Sur ce moteur (API %1), le nettoyage supprime chaque volume local inutilisé, nommés compris, pas seulement les anonymes. Un volume compte comme utilisé tant qu’un conteneur le monte, même arrêté.</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="105" />
        <location filename="../views/volumeprunedialog.cpp" line="127" />
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="117" />
        <source>%1 (anonymous)</source>
        <translation>%1 (anonyme)</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="124" />
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="139" />
        <source>Nothing to remove: every volume that matches is in use or kept.</source>
        <translation>Rien à supprimer : chaque volume concerné est utilisé ou conservé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="141" />
        <source>%n volume(s); space reclaimed: computing…</source>
        <translation>
            <numerusform>%n volume ; espace récupéré : calcul en cours…</numerusform>
            <numerusform>%n volumes ; espace récupéré : calcul en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="143" />
        <source>%n volume(s); space reclaimed unknown (%1)</source>
        <translation>
            <numerusform>%n volume ; espace récupéré inconnu (%1)</numerusform>
            <numerusform>%n volumes ; espace récupéré inconnu (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="145" />
        <source>%n volume(s); space reclaimed: %1</source>
        <translation>
            <numerusform>%n volume ; espace récupéré : %1</numerusform>
            <numerusform>%n volumes ; espace récupéré : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="147" />
        <source>%n volume(s); space reclaimed: at least %1</source>
        <translation>
            <numerusform>%n volume ; espace récupéré : au moins %1</numerusform>
            <numerusform>%n volumes ; espace récupéré : au moins %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="163" />
        <source>Could not compute volume sizes</source>
        <translation>Impossible de calculer la taille des volumes</translation>
    </message>
    <message>
        <location filename="../views/volumeprunedialog.cpp" line="183" />
        <source>The volumes were pruned, but the engine's report could not be read: %1</source>
        <translation>Les volumes ont été nettoyés, mais le rapport du moteur est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumeprunedialog.cpp" line="187" />
        <source>The engine deleted %n volume(s) and reclaimed %1.</source>
        <translation>
            <numerusform>Le moteur a supprimé %n volume et récupéré %1.</numerusform>
            <numerusform>Le moteur a supprimé %n volumes et récupéré %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumesView</name>
    <message>
        <location filename="../views/volumesview.cpp" line="26" />
        <source>Filter volumes…</source>
        <translation>Filtrer les volumes…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="27" />
        <source>Filter volumes</source>
        <translation>Filtrer les volumes</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="28" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="29" />
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="30" />
        <source>Create a volume (docker volume create)</source>
        <translation>Créer un volume (docker volume create)</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="32" />
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="33" />
        <source>Remove the selected volumes and their data (Delete)</source>
        <translation>Supprimer les volumes sélectionnés et leurs données (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="35" />
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="36" />
        <source>Remove the volumes no container uses (docker volume prune), after showing which</source>
        <translation>Supprimer les volumes qu’aucun conteneur n’utilise (docker volume prune), après les avoir montrés</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="40" />
        <source>What are mount types?</source>
        <translation>Les types de montage ?</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="41" />
        <source>Container layer, bind mount, volume and tmpfs compared</source>
        <translation>Couche du conteneur, montage lié, volume et tmpfs comparés</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="53" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="108" />
        <source>Remove volume «%1» and all its data?</source>
        <translation>Supprimer le volume « %1 » et toutes ses données ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumesview.cpp" line="109" />
        <source>Remove %n volumes and all their data?</source>
        <translation>
            <numerusform>Supprimer %n volume et toutes ses données ?</numerusform>
            <numerusform>Supprimer %n volumes et toutes leurs données ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="179" />
        <source>«%1»</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="182" />
        <source>Volume in use</source>
        <translation>Volume utilisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/volumesview.cpp" line="184" />
        <source>The engine refused to remove volume «%1»: it is used by %n container(s): %2.
A volume stays as long as a container mounts it, even a stopped one. To free it, stop and remove these containers, then remove the volume. Each step runs in order and stops at the first refusal.</source>
        <translation>
            <numerusform>Le moteur a refusé de supprimer le volume « %1 » : il est utilisé par %n conteneur : %2.
Un volume reste tant qu’un conteneur le monte, même arrêté. Pour le libérer, arrêtez puis supprimez ce conteneur, puis supprimez le volume. Chaque étape s’exécute dans l’ordre et s’arrête au premier refus.</numerusform>
            <numerusform>Le moteur a refusé de supprimer le volume « %1 » : il est utilisé par %n conteneurs : %2.
Un volume reste tant qu’un conteneur le monte, même arrêté. Pour le libérer, arrêtez puis supprimez ces conteneurs, puis supprimez le volume. Chaque étape s’exécute dans l’ordre et s’arrête au premier refus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/volumesview.cpp" line="213" />
        <source>%1 — the next steps were not run.</source>
        <translation>%1 — les étapes suivantes n’ont pas été lancées.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="52" />
        <source>Quai, a desktop manager for the Docker Engine.</source>
        <translation>Quai, un gestionnaire de bureau pour le Docker Engine.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57" />
        <source>Engine to connect to, e.g. unix:///var/run/docker.sock or tcp://host:2375. Overrides DOCKER_HOST and docker contexts.</source>
        <translation>Moteur auquel se connecter, par exemple unix:///var/run/docker.sock ou tcp://hote:2375. Prime sur DOCKER_HOST et les contextes docker.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59" />
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62" />
        <source>Language of the interface: %1. Default: the system's.</source>
        <translation>Langue de l'interface : %1. Par défaut : celle du système.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64" />
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70" />
        <source>unknown language «%1»; available: %2</source>
        <translation>langue inconnue « %1 » ; disponibles : %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79" />
        <source>cannot tell which engine to use: %1</source>
        <translation>impossible de déterminer quel moteur utiliser : %1</translation>
    </message>
</context>
</TS>