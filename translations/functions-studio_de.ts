<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Functions Studio</source>
        <translation>Über Functions Studio</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time; try again, or check the network.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>Sign in again, or check the credentials in the profile.</source>
        <translation>Melden Sie sich erneut an oder prüfen Sie die Anmeldedaten im Profil.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation>Die Antwort des Servers hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>Sign in again: the token was refused.</source>
        <translation>Melden Sie sich erneut an: Das Token wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Your principal lacks access; ask a CDF admin for the capability named above.</source>
        <translation>Ihrem Principal fehlt der Zugriff. Bitten Sie einen CDF-Administrator um die oben genannte Berechtigung.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the view.</source>
        <translation>Das Objekt wurde möglicherweise gelöscht. Aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <source>Something with the same external id already exists.</source>
        <translation>Es gibt bereits ein Objekt mit derselben externen ID.</translation>
    </message>
    <message>
        <source>CDF is rate limiting requests; wait a moment and try again.</source>
        <translation>CDF begrenzt die Anfragerate. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>CDF had a problem; try again later.</source>
        <translation>In CDF ist ein Problem aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy setting and the identity provider&apos;s address (%1) in the profile.</source>
        <extracomment>%1 is the identity provider&apos;s host name, e.g. login.microsoftonline.com.</extracomment>
        <translation>Prüfen Sie die Netzwerkverbindung, die Proxy-Einstellung und die Adresse des Identitätsanbieters (%1) im Profil.</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy setting and the CDF URL in the profile.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, die Proxy-Einstellung und die CDF-URL im Profil.</translation>
    </message>
</context>
<context>
    <name>CallArchiveText</name>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>sie wurde von einer neueren Version der App geschrieben</translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>The call ran for %1 and was stopped at the project&apos;s limit of %2 minutes. Do less in one call (split the work over several calls or a schedule), or make the slow part faster.</source>
        <translation>Der Aufruf lief %1 und wurde beim Zeitlimit des Projekts von %2 Minuten abgebrochen. Erledigen Sie weniger in einem Aufruf (verteilen Sie die Arbeit auf mehrere Aufrufe oder einen Zeitplan) oder beschleunigen Sie den langsamen Teil.</translation>
    </message>
    <message>
        <source>Functions can write files only under /tmp: write there (for example tempfile.mkdtemp()); what is written does not outlive the call.</source>
        <translation>Funktionen können Dateien nur unter /tmp schreiben: Schreiben Sie dorthin (zum Beispiel mit tempfile.mkdtemp()). Was dort geschrieben wird, bleibt nach dem Aufruf nicht erhalten.</translation>
    </message>
    <message>
        <source>The function ran out of memory (its setting is %1 GB). Deploy a new version with more memory, or process the data in smaller parts.</source>
        <translation>Der Funktion ist der Arbeitsspeicher ausgegangen (eingestellt sind %1 GB). Stellen Sie eine neue Version mit mehr Arbeitsspeicher bereit oder verarbeiten Sie die Daten in kleineren Teilen.</translation>
    </message>
    <message>
        <source>The function ran out of memory. Deploy a new version with more memory, or process the data in smaller parts.</source>
        <translation>Der Funktion ist der Arbeitsspeicher ausgegangen. Stellen Sie eine neue Version mit mehr Arbeitsspeicher bereit oder verarbeiten Sie die Daten in kleineren Teilen.</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; is not installed where the function runs: add its package to requirements.txt and deploy a new version.</source>
        <translation>Das Modul &quot;%1&quot; ist dort, wo die Funktion läuft, nicht installiert: Fügen Sie das zugehörige Paket zu requirements.txt hinzu und stellen Sie eine neue Version bereit.</translation>
    </message>
    <message>
        <source>The call printed nothing. If the function uses Python&apos;s logging module, its lines go nowhere until logging has a handler: call logging.basicConfig(level=logging.INFO) at the start of handle(), or use print().</source>
        <translation>Der Aufruf hat nichts ausgegeben. Wenn die Funktion das logging-Modul von Python verwendet, gehen ihre Zeilen verloren, solange logging keinen Handler hat: Rufen Sie am Anfang von handle() logging.basicConfig(level=logging.INFO) auf oder verwenden Sie print().</translation>
    </message>
    <message>
        <source>The call was stopped at the project&apos;s limit of %1 minutes. Do less in one call (split the work over several calls or a schedule), or make the slow part faster.</source>
        <translation>Der Aufruf wurde beim Limit des Projekts von %1 Minuten gestoppt. Erledigen Sie weniger in einem Aufruf (verteilen Sie die Arbeit auf mehrere Aufrufe oder einen Zeitplan), oder machen Sie den langsamen Teil schneller.</translation>
    </message>
</context>
<context>
    <name>CallInputs</name>
    <message>
        <source>Another Functions Studio window is writing the inputs of this function; try again.</source>
        <translation>Ein anderes Fenster von Functions Studio schreibt gerade die Eingaben dieser Funktion. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The input is larger than %1 kB, so it is not kept in the history.</source>
        <translation>Die Eingabe ist größer als %1 kB und wird daher nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>The input is larger than %1 kB: save it to a file instead.</source>
        <translation>Die Eingabe ist größer als %1 kB: Speichern Sie sie stattdessen in einer Datei.</translation>
    </message>
    <message>
        <source>There are %1 saved inputs already: delete one first.</source>
        <translation>Es sind bereits %1 Eingaben gespeichert: Löschen Sie zuerst eine.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>&amp;Input data</source>
        <translation>&amp;Eingabedaten</translation>
    </message>
    <message>
        <source>The last inputs this function was called with: type to search, pick one to use it</source>
        <translation>Die letzten Eingaben, mit denen diese Funktion aufgerufen wurde: Tippen Sie zum Suchen und wählen Sie eine aus, um sie zu verwenden</translation>
    </message>
    <message>
        <source>Inputs saved by name</source>
        <translation>Unter einem Namen gespeicherte Eingaben</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the saved input chosen on the left</source>
        <translation>Die links gewählte gespeicherte Eingabe löschen</translation>
    </message>
    <message>
        <source>From sc&amp;hedule</source>
        <translation>Aus &amp;Zeitplan</translation>
    </message>
    <message>
        <source>Use the input data of one of the function&apos;s schedules</source>
        <translation>Die Eingabedaten eines Zeitplans der Funktion verwenden</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Z takes it back)</source>
        <translation>JSON einrücken (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Call a&amp;gain</source>
        <translation>Er&amp;neut aufrufen</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <source>Call the function with this input (Ctrl+Enter)</source>
        <translation>Die Funktion mit dieser Eingabe aufrufen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call again with the input shown above (Ctrl+R)</source>
        <translation>Erneut mit der oben angezeigten Eingabe aufrufen (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); the whole value is on the Text tab</source>
        <translation>
            <numerusform>%n Zeichen; der vollständige Wert steht auf der Registerkarte „Text“</numerusform>
            <numerusform>%n Zeichen; der vollständige Wert steht auf der Registerkarte „Text“</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(more: see Text)</source>
        <translation>(mehr: siehe „Text“)</translation>
    </message>
</context>
<context>
    <name>CallWorkflow</name>
    <message>
        <source>wait for the call</source>
        <extracomment>The action that was cancelled, inserted into &quot;Cancelled: %1.&quot;</extracomment>
        <translation>Warten auf den Aufruf</translation>
    </message>
    <message>
        <source>stopped waiting; the call keeps running in CDF</source>
        <translation>Warten beendet; der Aufruf läuft in CDF weiter</translation>
    </message>
</context>
<context>
    <name>CallsService</name>
    <message>
        <source>call function %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Aufruf der Funktion %1</translation>
    </message>
    <message>
        <source>list calls</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Auflisten der Aufrufe</translation>
    </message>
    <message>
        <source>read calls</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Aufrufe</translation>
    </message>
    <message>
        <source>read call %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen des Aufrufs %1</translation>
    </message>
    <message>
        <source>read the response of call %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Antwort von Aufruf %1</translation>
    </message>
    <message>
        <source>read the logs of call %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Protokolle von Aufruf %1</translation>
    </message>
</context>
<context>
    <name>CdfClient</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the request was dropped</source>
        <translation>die Anfrage wurde verworfen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Why a request ended: the user cancelled it.</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the local server redirected to another machine (%1); not followed</source>
        <extracomment>%1 is the address redirected to.</extracomment>
        <translation>der lokale Server hat auf einen anderen Rechner umgeleitet (%1); der Umleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not HTTPS; not followed</source>
        <translation>der Server hat auf %1 umgeleitet (kein HTTPS); der Umleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>the server redirected to another host (%1); not followed, so your token stays with %2</source>
        <extracomment>%1 is the address redirected to, %2 the host the request went to.</extracomment>
        <translation>der Server hat auf einen anderen Host umgeleitet (%1); der Umleitung wurde nicht gefolgt, damit Ihr Token bei %2 bleibt</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 MB this request accepts; it was not read</source>
        <translation>die Antwort ist größer als die %1 MB, die diese Anfrage annimmt; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s; the request may still have been carried out, so it was not repeated</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>keine Antwort innerhalb von %1 s; die Anfrage wurde möglicherweise trotzdem ausgeführt und daher nicht wiederholt</translation>
    </message>
    <message>
        <source>%1; the request may have been carried out before the connection was lost, so it was not repeated</source>
        <extracomment>%1 is the network error, e.g. &quot;Connection closed&quot;.</extracomment>
        <translation>%1; die Anfrage wurde möglicherweise ausgeführt, bevor die Verbindung abbrach, und daher nicht wiederholt</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <extracomment>%1 says what is wrong with the answer, e.g. &quot;items[0].name: expected a string, got a number&quot;.</extracomment>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>unexpected answer: items is empty</source>
        <translation>unerwartete Antwort: items ist leer</translation>
    </message>
</context>
<context>
    <name>CdfError</name>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 ohne Inhalt</translation>
    </message>
</context>
<context>
    <name>CodeChanges</name>
    <message>
        <source>no temporary folder for the deployed code</source>
        <translation>kein temporärer Ordner für den bereitgestellten Code</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployed code could not be compared: %1</source>
        <translation>Der bereitgestellte Code konnte nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>No file differs from the deployed version.</source>
        <translation>Keine Datei unterscheidet sich von der bereitgestellten Version.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
</context>
<context>
    <name>CodeZip</name>
    <message>
        <source>the file is not a readable zip archive (error %1)</source>
        <translation>die Datei ist kein lesbares ZIP-Archiv (Fehler %1)</translation>
    </message>
    <message>
        <source>the zip archive is damaged at entry %1 (error %2)</source>
        <translation>das ZIP-Archiv ist bei Eintrag %1 beschädigt (Fehler %2)</translation>
    </message>
    <message>
        <source>the zip archive is damaged (error %1)</source>
        <translation>das ZIP-Archiv ist beschädigt (Fehler %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>The CDF URL &quot;%1&quot; is not valid; give a cluster name (e.g. westeurope-1) or a URL like https://westeurope-1.cognitedata.com.</source>
        <translation>Die CDF-URL &quot;%1&quot; ist ungültig; geben Sie einen Clusternamen (z. B. westeurope-1) oder eine URL wie https://westeurope-1.cognitedata.com an.</translation>
    </message>
    <message>
        <source>The CDF URL %1 must use https (plain http is only allowed for the local emulator on 127.0.0.1 or localhost).</source>
        <translation>Die CDF-URL %1 muss https verwenden (unverschlüsseltes http ist nur für den lokalen Emulator auf 127.0.0.1 oder localhost zulässig).</translation>
    </message>
    <message>
        <source>The project name &quot;%1&quot; is not valid: use the project&apos;s URL name (lower-case letters, digits and &apos;-&apos;).</source>
        <translation>Der Projektname &quot;%1&quot; ist ungültig: Verwenden Sie den URL-Namen des Projekts (Kleinbuchstaben, Ziffern und &apos;-&apos;).</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>sign in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>CronText</name>
    <message>
        <source>empty list item (two commas in a row, or a comma at the start or end)</source>
        <translation>leerer Listeneintrag (zwei Kommas hintereinander oder ein Komma am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>%1-%2 or jan-dec</source>
        <extracomment>The values the month field of a cron expression accepts (%1-%2 is 1-12), inserted as &quot;allowed: %1&quot;.</extracomment>
        <translation>%1-%2 oder jan-dec</translation>
    </message>
    <message>
        <source>%1-%2 (0 and 7 are Sunday) or sun-sat</source>
        <extracomment>The values the weekday field of a cron expression accepts (%1-%2 is 0-7), inserted as &quot;allowed: %1&quot;.</extracomment>
        <translation>%1-%2 (0 und 7 sind Sonntag) oder sun-sat</translation>
    </message>
    <message>
        <source>expected a value (%1)</source>
        <extracomment>%1 is the values the field accepts, e.g. &quot;0-59&quot;.</extracomment>
        <translation>Wert erwartet (%1)</translation>
    </message>
    <message>
        <source>%1 is out of range; allowed: %2</source>
        <extracomment>%1 is the number given, %2 the values the field accepts, e.g. &quot;0-59&quot;.</extracomment>
        <translation>%1 liegt außerhalb des Bereichs; zulässig: %2</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; allowed: %2</source>
        <translation>unbekannter Name &quot;%1&quot;; zulässig: %2</translation>
    </message>
    <message>
        <source>names are not allowed here; use a number %1</source>
        <extracomment>%1 is the values the field accepts, e.g. &quot;0-59&quot;.</extracomment>
        <translation>Namen sind hier nicht zulässig; verwenden Sie eine Zahl im Bereich %1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;; expected a value (%2)</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;; Wert erwartet (%2)</translation>
    </message>
    <message>
        <source>range %1-%2 runs backwards; write the smaller value first</source>
        <translation>Bereich %1-%2 ist absteigend; schreiben Sie den kleineren Wert zuerst</translation>
    </message>
    <message>
        <source>expected a step (a whole number) after &apos;/&apos;</source>
        <translation>nach &apos;/&apos; wird eine Schrittweite (eine ganze Zahl) erwartet</translation>
    </message>
    <message>
        <source>step %1 is out of range; allowed: 1-%2</source>
        <translation>Schrittweite %1 liegt außerhalb des Bereichs; zulässig: 1-%2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Ends a list in a schedule description: %1 is all items but the last (joined with &quot;, &quot;), %2 the last one, e.g. &quot;Monday, Tuesday and Friday&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1st</source>
        <extracomment>An ordinal number (1st, 21st, ...) as in &quot;every %1 minute&quot;; a language that writes all ordinals alike may translate the four forms the same, e.g. &quot;%1.&quot;.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal number (2nd, 22nd, ...) as in &quot;every %1 minute&quot;.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>An ordinal number (3rd, 23rd, ...) as in &quot;every %1 minute&quot;.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal number (4th, 11th, 12th, ...) as in &quot;every %1 minute&quot;.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>the last day</source>
        <extracomment>&quot;L&quot; in a cron expression&apos;s day of month, in a list such as &quot;days 15 and the last day of the month&quot;.</extracomment>
        <translation>dem letzten Tag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>montags</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>freitags</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samstags</translation>
    </message>
    <message>
        <source>every %1 minute</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd minute&quot;.</extracomment>
        <translation>jede %1 Minute</translation>
    </message>
    <message>
        <source>every %1 hour</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd hour&quot;.</extracomment>
        <translation>jede %1 Stunde</translation>
    </message>
    <message>
        <source>every %1 day</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd day&quot; (of the month).</extracomment>
        <translation>jeden %1 Tag</translation>
    </message>
    <message>
        <source>every %1 month</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd month&quot;.</extracomment>
        <translation>jeden %1 Monat</translation>
    </message>
    <message>
        <source>every %1 day of the week</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd day of the week&quot;.</extracomment>
        <translation>jeden %1 Wochentag</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <extracomment>A range in a schedule description, e.g. &quot;5 through 10&quot; or &quot;Monday through Friday&quot;.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 from %2 through %3</source>
        <extracomment>%1 is a step such as &quot;every 2nd minute&quot;, %2 through %3 the range it steps through, e.g. &quot;every 2nd minute from 5 through 59&quot;.</extracomment>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 (%2, column %3)</source>
        <extracomment>%1 is what is wrong, %2 the field&apos;s name (e.g. &quot;minute&quot;), %3 a column number.</extracomment>
        <translation>%1 (%2, Spalte %3)</translation>
    </message>
    <message>
        <source>minute</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>expression</source>
        <extracomment>Where in a cron expression a problem is when it is not in one field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>the cron expression is empty; expected 5 fields: minute hour day-of-month month day-of-week</source>
        <translation>Der cron-Ausdruck ist leer; erwartet werden 5 Felder: Minute Stunde Tag-des-Monats Monat Wochentag</translation>
    </message>
    <message>
        <source>shortcuts like %1 are not supported by CDF schedules; write the 5 fields, e.g. &quot;0 0 * * *&quot;</source>
        <translation>Kürzel wie %1 werden von CDF-Zeitplänen nicht unterstützt; schreiben Sie die 5 Felder aus, z. B. &quot;0 0 * * *&quot;</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1; seconds and years are not supported</source>
        <translation>5 Felder erwartet (Minute Stunde Tag-des-Monats Monat Wochentag), aber %1 erhalten; Sekunden und Jahre werden nicht unterstützt</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>5 Felder erwartet (Minute Stunde Tag-des-Monats Monat Wochentag), aber %1 erhalten</translation>
    </message>
    <message>
        <source>this schedule would never run: none of the selected months has a day %1</source>
        <translation>Dieser Zeitplan würde nie ausgeführt: Keiner der gewählten Monate hat einen Tag %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <extracomment>%1 is one or more times of day, e.g. &quot;08:30&quot; or &quot;08:30 and 17:00&quot;.</extracomment>
        <translation>Um %1</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>At minutes %1 past the hour</source>
        <extracomment>%1 is a list of minutes, e.g. &quot;5 and 35&quot;.</extracomment>
        <translation>In den Minuten %1 nach der vollen Stunde</translation>
    </message>
    <message>
        <source>At minute %1 past the hour</source>
        <extracomment>%1 is a minute, a range (&quot;5 through 10&quot;) or a step (&quot;every 2nd minute from 5 through 59&quot;).</extracomment>
        <translation>In Minute %1 nach der vollen Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n hours</source>
        <extracomment>%1 is the minutes part, e.g. &quot;At minute 5 past the hour&quot;.</extracomment>
        <translation>
            <numerusform>%1, jede Stunde</numerusform>
            <numerusform>%1, alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <extracomment>%1 is the minutes part, e.g. &quot;Every 5 minutes&quot;; %2 and %3 are times of day.</extracomment>
        <translation>%1, zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1, during hours %2</source>
        <extracomment>%1 is the minutes part, e.g. &quot;Every 5 minutes&quot;; %2 a list of hours, e.g. &quot;8 and 17&quot;.</extracomment>
        <translation>%1, in den Stunden %2</translation>
    </message>
    <message>
        <source>every %1 day of the month</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd day of the month&quot;.</extracomment>
        <translation>jeden %1 Tag des Monats</translation>
    </message>
    <message>
        <source>the last day of the month</source>
        <translation>am letzten Tag des Monats</translation>
    </message>
    <message>
        <source>day %1 of the month</source>
        <extracomment>%1 is a day of the month, e.g. &quot;15&quot;.</extracomment>
        <translation>am %1. des Monats</translation>
    </message>
    <message>
        <source>days %1 of the month</source>
        <extracomment>%1 is a list or range of days of the month, e.g. &quot;1 and 15&quot; or &quot;1 through 7&quot;.</extracomment>
        <translation>an den Tagen %1 des Monats</translation>
    </message>
    <message>
        <source>%1 on %2, if it is %3</source>
        <extracomment>%1 is the time part (&quot;At 08:30&quot;), %2 days of the month (&quot;day 1 of the month&quot;), %3 weekdays (&quot;Monday&quot;).</extracomment>
        <translation>%1 %2, aber nur %3</translation>
    </message>
    <message>
        <source>%1 on %2 or on %3</source>
        <extracomment>%1 is the time part (&quot;At 08:30&quot;), %2 days of the month (&quot;day 1 of the month&quot;), %3 weekdays (&quot;Monday&quot;).</extracomment>
        <translation>%1 %2 oder %3</translation>
    </message>
    <message>
        <source>the last day of %1</source>
        <extracomment>%1 is one or more months, e.g. &quot;March&quot; or &quot;March and June&quot;.</extracomment>
        <translation>am letzten Tag im %1</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <extracomment>%1 is a day of the month, %2 one or more months, e.g. &quot;day 1 of March&quot;.</extracomment>
        <translation>am %1. %2</translation>
    </message>
    <message>
        <source>days %1 of %2</source>
        <extracomment>%1 is a list of days of the month, %2 one or more months, e.g. &quot;days 1 and 15 of March and June&quot;.</extracomment>
        <translation>an den Tagen %1 im %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the time part (&quot;At 08:30&quot;), %2 the days (&quot;day 1 of the month&quot;, &quot;Monday through Friday&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <extracomment>%1 is the rest of the description (&quot;At 08:30 on Monday&quot;), %2 one or more months (&quot;March and June&quot;, &quot;every 3rd month&quot;).</extracomment>
        <translation>%1, nur %2</translation>
    </message>
    <message>
        <source>unknown time zone; choose an IANA zone such as Europe/Oslo</source>
        <translation>unbekannte Zeitzone; wählen Sie eine IANA-Zeitzone wie Europe/Oslo</translation>
    </message>
    <message>
        <source>invalid time of day</source>
        <translation>ungültige Uhrzeit</translation>
    </message>
    <message>
        <source>weekday %1 is not 1 (Monday) to 7 (Sunday)</source>
        <translation>Wochentag %1 liegt nicht zwischen 1 (Montag) und 7 (Sonntag)</translation>
    </message>
    <message>
        <source>In %1 this schedule keeps the same local time for the whole period (%2).</source>
        <extracomment>%1 is a time zone (e.g. &quot;Europe/Oslo&quot;), %2 its offset from UTC (e.g. &quot;UTC+01:00&quot;).</extracomment>
        <translation>In %1 behält dieser Zeitplan im gesamten Zeitraum dieselbe Ortszeit bei (%2).</translation>
    </message>
    <message>
        <source>from %1 it runs at %2 local time (%3)</source>
        <extracomment>One period of a schedule&apos;s drift, listed after &quot;daylight-saving time moves this schedule by an hour:&quot;. %1 is a date, %2 a time of day, %3 an offset from UTC (e.g. &quot;UTC+02:00&quot;).</extracomment>
        <translation>ab %1 läuft er um %2 Ortszeit (%3)</translation>
    </message>
    <message>
        <source>Cron runs in UTC, so in %1 daylight-saving time moves this schedule by an hour: %2.</source>
        <extracomment>%1 is a time zone (e.g. &quot;Europe/Oslo&quot;), %2 the periods, e.g. &quot;from 2024-03-31 it runs at 09:00 local time (UTC+02:00); from ...&quot;.</extracomment>
        <translation>Cron läuft in UTC, daher verschiebt die Sommerzeit in %1 diesen Zeitplan um eine Stunde: %2.</translation>
    </message>
    <message>
        <source>the time zone is not known</source>
        <translation>Die Zeitzone ist unbekannt</translation>
    </message>
    <message>
        <source>every %1 minutes: choose 1 to 59 minutes</source>
        <translation>alle %1 Minuten: Wählen Sie 1 bis 59 Minuten</translation>
    </message>
    <message>
        <source>minute %1 of the hour: choose 0 to 59</source>
        <translation>Minute %1 der Stunde: Wählen Sie 0 bis 59</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>Wählen Sie mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>day %1 of the month: choose 1 to 31</source>
        <translation>Tag %1 des Monats: Wählen Sie 1 bis 31</translation>
    </message>
    <message>
        <source>at %1 in this time zone the run falls on another UTC day in summer than in winter, which one cron expression cannot say; choose another time or the advanced mode</source>
        <extracomment>%1 is a time of day, e.g. &quot;01:30&quot;.</extracomment>
        <translation>Um %1 fällt die Ausführung in dieser Zeitzone im Sommer auf einen anderen UTC-Tag als im Winter, was ein einzelner cron-Ausdruck nicht ausdrücken kann; wählen Sie eine andere Uhrzeit oder den erweiterten Modus</translation>
    </message>
    <message>
        <source>day %1 at %2 in this time zone is another day in UTC, and near the end of the month that skips or adds runs in shorter months; choose an earlier day, another time, or the advanced mode</source>
        <extracomment>%1 is a day of the month, %2 a time of day, e.g. &quot;01:30&quot;.</extracomment>
        <translation>Tag %1 um %2 ist in dieser Zeitzone in UTC ein anderer Tag, und gegen Monatsende fallen dadurch in kürzeren Monaten Ausführungen aus oder kommen hinzu; wählen Sie einen früheren Tag, eine andere Uhrzeit oder den erweiterten Modus</translation>
    </message>
    <message>
        <source>unknown kind of schedule</source>
        <translation>unbekannte Art von Zeitplan</translation>
    </message>
    <message>
        <source>Every %1 minute from minute %2 through %3</source>
        <extracomment>%1 is an ordinal number (&quot;2nd&quot;), %2 and %3 the first and last minute, e.g. &quot;Every 2nd minute from minute 5 through 59&quot;.</extracomment>
        <translation>Jede %1 Minute von Minute %2 bis %3</translation>
    </message>
    <message>
        <source>%1, every %2 hour from %3 through %4</source>
        <extracomment>%1 is the minutes part, e.g. &quot;At minute 0 past the hour&quot;; %2 an ordinal (&quot;2nd&quot;); %3 and %4 times of day.</extracomment>
        <translation>%1, jede %2 Stunde von %3 bis %4</translation>
    </message>
    <message>
        <source>every %1 day of the month from day %2 through %3</source>
        <extracomment>%1 is an ordinal number (&quot;3rd&quot;), %2 and %3 the first and last day, e.g. &quot;every 3rd day of the month from day 5 through 20&quot;.</extracomment>
        <translation>jeden %1 Tag des Monats, vom %2. bis zum %3. Tag</translation>
    </message>
</context>
<context>
    <name>DataSetsService</name>
    <message>
        <source>read the data set %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is a data set&apos;s external id.
----------
The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is a data set&apos;s id.</extracomment>
        <translation>den Datensatz %1 lesen</translation>
    </message>
    <message>
        <source>unexpected answer: items[0].id is missing</source>
        <translation>unerwartete Antwort: items[0].id fehlt</translation>
    </message>
    <message>
        <source>unexpected answer: items is empty</source>
        <translation>unerwartete Antwort: items ist leer</translation>
    </message>
</context>
<context>
    <name>DeployPreflightPage</name>
    <message>
        <source>Checks before upload</source>
        <translation>Prüfungen vor dem Hochladen</translation>
    </message>
    <message>
        <source>Mistakes found here cost seconds; found by CDF after upload, they cost minutes.</source>
        <translation>Fehler, die hier gefunden werden, kosten Sekunden; findet CDF sie erst nach dem Hochladen, kosten sie Minuten.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Import the handler here</source>
        <translation>Handler hier &amp;importieren</translation>
    </message>
    <message>
        <source>Imports the handler module with the local Python, as the SDK does before it uploads. Importing runs the module&apos;s code on this computer.</source>
        <translation>Importiert das Handler-Modul mit dem lokalen Python, wie es das SDK vor dem Hochladen tut. Beim Importieren wird der Code des Moduls auf diesem Computer ausgeführt.</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings; deploy anyway</source>
        <translation>Ich habe die Warnungen &amp;gelesen; trotzdem bereitstellen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Show &amp;changes…</source>
        <translation>Än&amp;derungen anzeigen…</translation>
    </message>
    <message>
        <source>The files this version changes against the deployed one, with a line diff of each</source>
        <translation>Die Dateien, die diese Version gegenüber der bereitgestellten ändert, jeweils mit einem Zeilenvergleich</translation>
    </message>
</context>
<context>
    <name>DeployProgressPage</name>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>&amp;Cancel deploy</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Back to settings</source>
        <translation>Zurück zu den &amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Call it now</source>
        <translation>Jetzt a&amp;ufrufen</translation>
    </message>
    <message>
        <source>Create a sc&amp;hedule</source>
        <translation>Zeit&amp;plan erstellen</translation>
    </message>
    <message>
        <source>&amp;Show the function</source>
        <translation>Funktion anzei&amp;gen</translation>
    </message>
</context>
<context>
    <name>DeploySettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How the function is named and run. Problems are shown as you type.</source>
        <translation>Wie die Funktion heißt und ausgeführt wird. Probleme werden schon während der Eingabe angezeigt.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E&amp;xternal id</source>
        <translation>E&amp;xterne ID</translation>
    </message>
    <message>
        <source>the name, unless you give another</source>
        <translation>der Name, sofern Sie keine andere angeben</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Function path</source>
        <translation>Funktions&amp;pfad</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>&amp;Laufzeitumgebung</translation>
    </message>
    <message>
        <source>&amp;CPU cores</source>
        <translation>&amp;CPU-Kerne</translation>
    </message>
    <message>
        <source>&amp;Memory (GB)</source>
        <translation>Arbeits&amp;speicher (GB)</translation>
    </message>
    <message>
        <source>&amp;Index URL</source>
        <translation>&amp;Index-URL</translation>
    </message>
    <message>
        <source>default: PyPI</source>
        <translation>Standard: PyPI</translation>
    </message>
    <message>
        <source>Extra inde&amp;x URLs</source>
        <translation>Weitere In&amp;dex-URLs</translation>
    </message>
    <message>
        <source>separated by spaces</source>
        <translation>durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Code file &amp;data set</source>
        <translation>Da&amp;tensatz der Codedatei</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. Keys: lower-case letters, digits and dashes, at most 15 characters; values are hidden and never stored in a file.</source>
        <translation>Werden an handle() als secrets übergeben. Schlüssel: Kleinbuchstaben, Ziffern und Bindestriche, höchstens 15 Zeichen; die Werte werden verborgen und nie in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>Remember the &amp;values for this source and project in the keychain</source>
        <translation>Werte für diese Quelle und dieses Projekt im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environment variables of the function.</source>
        <translation>Umgebungsvariablen der Funktion.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Up to 16 key/value pairs, shown with the function.</source>
        <translation>Bis zu 16 Schlüssel-Wert-Paare, die bei der Funktion angezeigt werden.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>The function&apos;s schedules are made again on the new version. Each schedule gets a session from the credentials chosen here and keeps running with them.</source>
        <translation>Die Zeitpläne der Funktion werden für die neue Version neu angelegt. Jeder Zeitplan erhält eine Sitzung aus den hier gewählten Anmeldedaten und läuft damit weiter.</translation>
    </message>
    <message>
        <source>The client credentials of this &amp;profile</source>
        <translation>Die Client-Anmeldedaten dieses &amp;Profils</translation>
    </message>
    <message>
        <source>Your current &amp;sign-in (token exchange)</source>
        <translation>Ihre aktuelle Anmeldung (&amp;Token-Austausch)</translation>
    </message>
    <message>
        <source>&amp;Other client credentials</source>
        <translation>&amp;Andere Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Client-&amp;Secret</translation>
    </message>
    <message>
        <source>Toolkit en&amp;vironment</source>
        <translation>Toolkit-U&amp;mgebung</translation>
    </message>
    <message>
        <source>Which config.&lt;env&gt;.yaml fills the module&apos;s {{ variables }}, as cdf build --env does.</source>
        <translation>Welche config.&lt;env&gt;.yaml die {{ Variablen }} des Moduls füllt, wie cdf build --env.</translation>
    </message>
    <message>
        <source>data set id or external id, where the project scopes files by data set</source>
        <translation>Datensatz-ID oder externe ID, wenn das Projekt Dateien nach Datensatz einschränkt</translation>
    </message>
    <message>
        <source>The data set the code file is put in: its numeric id or its external id. Leave empty unless your access to files is limited to data sets.</source>
        <translation>Der Datensatz, in den die Code-Datei gelegt wird: seine numerische ID oder seine externe ID. Leer lassen, außer Ihr Zugriff auf Dateien ist auf Datensätze beschränkt.</translation>
    </message>
</context>
<context>
    <name>DeploySource</name>
    <message>
        <source>Choose a function folder, a code zip or a Python file.</source>
        <translation>Wählen Sie einen Funktionsordner, ein Code-ZIP oder eine Python-Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read (check its permissions).</source>
        <translation>%1 kann nicht gelesen werden (prüfen Sie die Zugriffsrechte).</translation>
    </message>
    <message>
        <source>%1 is neither a folder, a .zip nor a .py file. Choose the folder that holds handler.py, a zip of its contents, or one Python file.</source>
        <translation>%1 ist weder ein Ordner noch eine .zip- oder .py-Datei. Wählen Sie den Ordner mit handler.py, eine ZIP-Datei mit seinem Inhalt oder eine einzelne Python-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; deploy the folder it belongs to instead.</source>
        <translation>%1 ist größer als 10 MB; stellen Sie stattdessen den Ordner bereit, zu dem die Datei gehört.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The code file is not a valid zip archive (zip error %1). Upload a zip made from the function folder.</source>
        <translation>Die Codedatei ist kein gültiges ZIP-Archiv (ZIP-Fehler %1). Laden Sie eine ZIP-Datei hoch, die aus dem Funktionsordner erstellt wurde.</translation>
    </message>
    <message>
        <source>The zip has more than %1 entries.</source>
        <translation>Die ZIP-Datei hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>The code unpacks to more than %1 MB.</source>
        <translation>Der Code ist entpackt größer als %1 MB.</translation>
    </message>
    <message>
        <source>The deploy was stopped.</source>
        <translation>Die Bereitstellung wurde gestoppt.</translation>
    </message>
    <message>
        <source>The zip&apos;s table of contents is damaged (zip error %1).</source>
        <translation>Das Inhaltsverzeichnis der ZIP-Datei ist beschädigt (ZIP-Fehler %1).</translation>
    </message>
    <message>
        <source>The zip contains the entry &quot;%1&quot;, which would be written outside the function&apos;s folder. Zip the folder&apos;s contents with relative paths.</source>
        <translation>Die ZIP-Datei enthält den Eintrag &quot;%1&quot;, der außerhalb des Funktionsordners geschrieben würde. Packen Sie den Inhalt des Ordners mit relativen Pfaden.</translation>
    </message>
    <message>
        <source>The zip entry &quot;%1&quot; escapes the function&apos;s folder.</source>
        <translation>Der ZIP-Eintrag &quot;%1&quot; führt aus dem Funktionsordner hinaus.</translation>
    </message>
    <message>
        <source>Cannot read the zip entry &quot;%1&quot; (zip error %2); the archive may be damaged.</source>
        <translation>Der ZIP-Eintrag &quot;%1&quot; kann nicht gelesen werden (ZIP-Fehler %2); das Archiv ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The zip entry &quot;%1&quot; is damaged: its compressed data cannot be read (zip error %2). Make the zip again.</source>
        <translation>Der ZIP-Eintrag &quot;%1&quot; ist beschädigt: Seine komprimierten Daten können nicht gelesen werden (ZIP-Fehler %2). Erstellen Sie die ZIP-Datei neu.</translation>
    </message>
    <message>
        <source>The zip entry &quot;%1&quot; is damaged (CRC error).</source>
        <translation>Der ZIP-Eintrag &quot;%1&quot; ist beschädigt (CRC-Fehler).</translation>
    </message>
    <message>
        <source>The zip&apos;s table of contents is damaged or cut short (zip error %1). Make the zip again.</source>
        <translation>Das Inhaltsverzeichnis der ZIP-Datei ist beschädigt oder abgeschnitten (ZIP-Fehler %1). Erstellen Sie die ZIP-Datei neu.</translation>
    </message>
</context>
<context>
    <name>DeploySourcePage</name>
    <message>
        <source>What to deploy</source>
        <translation>Was soll bereitgestellt werden?</translation>
    </message>
    <message>
        <source>A function folder (with handler.py at its top), a zip of such a folder&apos;s contents, or one Python file.</source>
        <translation>Ein Funktionsordner (mit handler.py auf oberster Ebene), eine ZIP-Datei mit dem Inhalt eines solchen Ordners oder eine einzelne Python-Datei.</translation>
    </message>
    <message>
        <source>/path/to/my-function</source>
        <translation>/pfad/zu/meiner-funktion</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>Z&amp;IP…</translation>
    </message>
    <message>
        <source>Python &amp;file…</source>
        <translation>Python-&amp;Datei…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to prepare the package.</source>
        <translation>Es kann kein temporärer Ordner zum Vorbereiten des Pakets angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DeployWorkflow</name>
    <message>
        <source>Not started</source>
        <extracomment>A stage of a deploy, shown as its progress.</extracomment>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Checking that the external id is free</source>
        <translation>Prüfen, ob die externe ID frei ist</translation>
    </message>
    <message>
        <source>Packaging the code</source>
        <translation>Packen des Codes</translation>
    </message>
    <message>
        <source>Creating the code file</source>
        <translation>Anlegen der Codedatei</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Waiting for the upload to be registered</source>
        <translation>Warten, bis der Upload registriert ist</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <extracomment>A stage of a deploy: the code is uploaded (and no function is made from it).</extracomment>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Creating the function</source>
        <translation>Anlegen der Funktion</translation>
    </message>
    <message>
        <source>Deploying (installing and importing)</source>
        <translation>Bereitstellen (Installieren und Importieren)</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>A stage of a deploy: the function is Ready.</extracomment>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A stage of a deploy: it failed.</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>A stage of a deploy: it was cancelled.</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Nicht rechtzeitig bereit</translation>
    </message>
    <message>
        <source>Deploy cancelled while not started.</source>
        <translation>Bereitstellung abgebrochen, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <source>Deploy cancelled while checking that the external id is free.</source>
        <translation>Bereitstellung abgebrochen beim Prüfen, ob die externe ID frei ist.</translation>
    </message>
    <message>
        <source>Deploy cancelled while packaging the code.</source>
        <translation>Bereitstellung abgebrochen beim Packen des Codes.</translation>
    </message>
    <message>
        <source>Deploy cancelled while creating the code file.</source>
        <translation>Bereitstellung abgebrochen beim Anlegen der Codedatei.</translation>
    </message>
    <message>
        <source>Deploy cancelled while uploading.</source>
        <translation>Bereitstellung abgebrochen beim Hochladen.</translation>
    </message>
    <message>
        <source>Deploy cancelled while waiting for the upload to be registered.</source>
        <translation>Bereitstellung abgebrochen beim Warten auf die Registrierung des Uploads.</translation>
    </message>
    <message>
        <source>Deploy cancelled while creating the function.</source>
        <translation>Bereitstellung abgebrochen beim Anlegen der Funktion.</translation>
    </message>
    <message>
        <source>Deploy cancelled while deploying (installing and importing).</source>
        <translation>Bereitstellung abgebrochen beim Bereitstellen (Installieren und Importieren).</translation>
    </message>
    <message>
        <source>Deploy cancelled while %1.</source>
        <extracomment>%1 is a stage of the deploy, e.g. &quot;ready&quot;.</extracomment>
        <translation>Bereitstellung abgebrochen (Status: %1).</translation>
    </message>
    <message>
        <source>deploy</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Nothing was created: the function&apos;s settings are not valid.</source>
        <translation>Es wurde nichts angelegt: Die Einstellungen der Funktion sind ungültig.</translation>
    </message>
    <message>
        <source>Nothing was created in CDF.</source>
        <translation>In CDF wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>a function with the external id &quot;%1&quot; already exists (&quot;%2&quot;, id %3).</source>
        <extracomment>%1 is an external id, %2 the existing function&apos;s name, %3 its id.</extracomment>
        <translation>eine Funktion mit der externen ID &quot;%1&quot; existiert bereits (&quot;%2&quot;, ID %3).</translation>
    </message>
    <message>
        <source>Nothing was uploaded or created, and the existing function was not touched. Choose another external id, or use Redeploy to replace it.</source>
        <translation>Es wurde nichts hochgeladen oder angelegt, und die vorhandene Funktion blieb unverändert. Wählen Sie eine andere externe ID oder ersetzen Sie die Funktion mit „Neue Version bereitstellen…“.</translation>
    </message>
    <message>
        <source>package the code</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Packen des Codes</translation>
    </message>
    <message>
        <source>packaging was cancelled</source>
        <translation>das Packen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not in the folder (or is excluded); the function path must name the file that defines handle().</source>
        <translation>%1 ist nicht im Ordner (oder ist ausgeschlossen); der Funktionspfad muss die Datei angeben, die handle() definiert.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem found in the handler: %1 is a line number, %2 the problem.</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file was created but CDF gave no upload URL</source>
        <translation>die Datei wurde angelegt, aber CDF hat keine Upload-URL geliefert</translation>
    </message>
    <message>
        <source>The code was packaged (%1) and uploaded as file %2.</source>
        <extracomment>%1 is the code&apos;s hash, e.g. &quot;sha256:…&quot;, %2 a file id.</extracomment>
        <translation>Der Code wurde gepackt (%1) und als Datei %2 hochgeladen.</translation>
    </message>
    <message>
        <source>the uploaded code was not registered by the Files API after %1 checks</source>
        <translation>der hochgeladene Code wurde nach %1 Prüfungen noch nicht von der Files-API registriert</translation>
    </message>
    <message>
        <source>A function with the external id &quot;%1&quot; was created by someone else while this deploy ran; it was not touched.</source>
        <translation>Eine Funktion mit der externen ID &quot;%1&quot; wurde während dieser Bereitstellung von jemand anderem angelegt; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>a function &quot;%1&quot; made from code file %2 (created, but its answer could not be read and it was not found)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;</extracomment>
        <translation>eine Funktion &quot;%1&quot;, erstellt aus der Codedatei %2 (angelegt, aber ihre Antwort konnte nicht gelesen werden und sie wurde nicht gefunden)</translation>
    </message>
    <message>
        <source>the function was deleted while it was deploying</source>
        <translation>die Funktion wurde gelöscht, während sie bereitgestellt wurde</translation>
    </message>
    <message>
        <source>The deploy stopped waiting for function %1 to become Ready.</source>
        <translation>Die Bereitstellung hat das Warten darauf beendet, dass Funktion %1 den Status „Bereit“ erreicht.</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; (id %2) is Ready after %3 s.</source>
        <extracomment>%1 is the function&apos;s name, %2 its id, %3 a number of seconds.</extracomment>
        <translation>Funktion &quot;%1&quot; (ID %2) ist nach %3 s bereit.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <extracomment>Inserted into &quot;CDF could not deploy &quot;%1&quot;: %2.&quot; when CDF gives no error.</extracomment>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>CDF could not deploy &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the function&apos;s name, %2 CDF&apos;s error.</extracomment>
        <translation>CDF konnte &quot;%1&quot; nicht bereitstellen: %2.</translation>
    </message>
    <message>
        <source>The Failed function (id %1) is kept so you can read its error and trace; delete it or redeploy.</source>
        <translation>Die fehlgeschlagene Funktion (ID %1) bleibt erhalten, damit Sie Fehler und Traceback lesen können; löschen Sie sie oder stellen Sie sie erneut bereit.</translation>
    </message>
    <message>
        <source>The error and trace are shown here.</source>
        <translation>Fehler und Traceback werden hier angezeigt.</translation>
    </message>
    <message>
        <source>The function (id %1) is still %2 after %3 minutes. It was left in place and may still become Ready; check it later.</source>
        <extracomment>%1 is a function id, %2 its status as CDF names it (e.g. &quot;Deploying&quot;), %3 a number of minutes.</extracomment>
        <translation>Die Funktion (ID %1) hat nach %3 Minuten noch den Status &quot;%2&quot;. Sie wurde belassen und kann den Status „Bereit“ noch erreichen; prüfen Sie sie später.</translation>
    </message>
    <message>
        <source>Removed what this deploy created: %1.</source>
        <extracomment>%1 is a list, e.g. &quot;function 12, code file 34&quot;.</extracomment>
        <translation>Von dieser Bereitstellung angelegt und wieder entfernt: %1.</translation>
    </message>
    <message>
        <source>Could not remove: %1; delete it yourself.</source>
        <extracomment>%1 is a list, e.g. &quot;code file 34 (kept: the function made from it is still there)&quot;.</extracomment>
        <translation>Folgendes konnte nicht entfernt werden: %1; löschen Sie es selbst.</translation>
    </message>
    <message>
        <source>Nothing had been created in CDF.</source>
        <translation>In CDF war noch nichts angelegt worden.</translation>
    </message>
    <message>
        <source>any function made from code file %1 (%2)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;; %2 is why.</extracomment>
        <translation>alle Funktionen, die aus der Codedatei %1 erstellt wurden (%2)</translation>
    </message>
    <message>
        <source>function %1</source>
        <extracomment>An item of the lists in &quot;Removed what this deploy created: %1.&quot; and &quot;Could not remove: %1; ...&quot;.</extracomment>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>code file %1 (kept: the function made from it is still there)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;</extracomment>
        <translation>Codedatei %1 (behalten: Die daraus erstellte Funktion existiert noch)</translation>
    </message>
    <message>
        <source>code file &quot;%1&quot; (kept: the function made from it is still there)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;; %1 is the file&apos;s external id.</extracomment>
        <translation>Codedatei &quot;%1&quot; (behalten: Die daraus erstellte Funktion existiert noch)</translation>
    </message>
    <message>
        <source>code file %1 (%2)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;; %1 is e.g. &quot;id 34&quot;, %2 why.</extracomment>
        <translation>Codedatei %1 (%2)</translation>
    </message>
    <message>
        <source>code file %1</source>
        <extracomment>An item of the list in &quot;Removed what this deploy created: %1.&quot;</extracomment>
        <translation>Codedatei %1</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>line %1 is not NAME=value and was skipped</source>
        <translation>Zeile %1 hat nicht die Form NAME=value und wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>FilesService</name>
    <message>
        <source>create the file &quot;%1&quot;</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anlegen der Datei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>upload the code</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Hochladen des Codes</translation>
    </message>
    <message>
        <source>read files</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Dateien</translation>
    </message>
    <message>
        <source>get a download link for file %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Abrufen eines Download-Links für Datei %1</translation>
    </message>
    <message>
        <source>unexpected answer: items[0].downloadUrl is missing</source>
        <translation>unerwartete Antwort: items[0].downloadUrl fehlt</translation>
    </message>
    <message>
        <source>download the code</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Herunterladen des Codes</translation>
    </message>
    <message>
        <source>delete files</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Löschen der Dateien</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number in the user&apos;s locale.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>FunctionDeletion</name>
    <message>
        <source>• %1 (id %2)</source>
        <translation>• %1 (ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (id %2) with %n schedule(s): %3</source>
        <translation>
            <numerusform>• %1 (ID %2) mit %n Zeitplan: %3</numerusform>
            <numerusform>• %1 (ID %2) mit %n Zeitplänen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Its code file %1 is also used by %2: it is kept.</source>
        <translation>Die zugehörige Codedatei %1 wird auch von %2 verwendet und bleibt daher erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n function(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Funktion löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Funktionen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n schedule(s) are deleted with them.</source>
        <translation>
            <numerusform>%n zugehöriger Zeitplan wird mitgelöscht.</numerusform>
            <numerusform>%n zugehörige Zeitpläne werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Delete with code files&quot; also deletes each code file that no other function uses; the shared ones above are kept, and checked again before anything is deleted.</source>
        <translation>„Mit Codedateien löschen“ löscht zusätzlich jede Codedatei, die keine andere Funktion verwendet; die oben genannten gemeinsam genutzten bleiben erhalten und werden vor dem Löschen erneut geprüft.</translation>
    </message>
    <message>
        <source>&quot;Delete with code files&quot; also deletes each code file that no other function uses.</source>
        <translation>„Mit Codedateien löschen“ löscht zusätzlich jede Codedatei, die keine andere Funktion verwendet.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 deleted</source>
        <translation>✓ %1 gelöscht</translation>
    </message>
    <message>
        <source>✓ %1 deleted, with its code file %2</source>
        <translation>✓ %1 gelöscht, samt Codedatei %2</translation>
    </message>
    <message>
        <source>✓ %1 deleted; its code file %2 was kept: function %3 still uses it</source>
        <translation>✓ %1 gelöscht; die Codedatei %2 wurde behalten: Funktion %3 verwendet sie noch</translation>
    </message>
    <message>
        <source>✓ %1 deleted; ✗ its code file %2 was not: %3</source>
        <translation>✓ %1 gelöscht; ✗ die Codedatei %2 nicht: %3</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Delete functions</source>
        <translation>Funktionen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete with code files</source>
        <translation>Mit Codedateien löschen</translation>
    </message>
</context>
<context>
    <name>FunctionDetails</name>
    <message>
        <source>Select a function to see its details.</source>
        <translation>Wählen Sie eine Funktion aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copy message and trace</source>
        <translation>Meldung und Traceback kopieren</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Function path</source>
        <translation>Funktionspfad</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Arbeitsspeicher (GB)</translation>
    </message>
    <message>
        <source>Code file id</source>
        <translation>Codedatei-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last called</source>
        <translation>Zuletzt aufgerufen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Show the files in the code zip</source>
        <translation>Die Dateien im Code-ZIP anzeigen</translation>
    </message>
</context>
<context>
    <name>FunctionsService</name>
    <message>
        <source>list functions</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Auflisten der Funktionen</translation>
    </message>
    <message>
        <source>CDF takes at most %1 function ids per request, and %2 were given; send them in chunks of %1</source>
        <translation>CDF nimmt höchstens %1 Funktions-IDs pro Anfrage an, angegeben wurden %2; senden Sie sie in Blöcken zu je %1</translation>
    </message>
    <message>
        <source>read functions</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Funktionen</translation>
    </message>
    <message>
        <source>read function %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is e.g. &quot;id 42&quot; or &quot;external id &quot;my-function&quot;&quot;.</extracomment>
        <translation>Lesen der Funktion %1</translation>
    </message>
    <message>
        <source>create function &quot;%1&quot;</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anlegen der Funktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete functions</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Löschen der Funktionen</translation>
    </message>
    <message>
        <source>read the project&apos;s limits</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Limits des Projekts</translation>
    </message>
    <message>
        <source>read the Functions activation status</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen des Aktivierungsstatus von Functions</translation>
    </message>
    <message>
        <source>request Functions activation</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anfordern der Aktivierung von Functions</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&amp;Do not show this at start</source>
        <translation>Beim Start &amp;nicht mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>HandlerInspector</name>
    <message>
        <source>unterminated string starting on line %1</source>
        <extracomment>A Python syntax error, inserted into &quot;%1 cannot be read as Python: %2.&quot;</extracomment>
        <translation>nicht abgeschlossene Zeichenkette ab Zeile %1</translation>
    </message>
    <message>
        <source>a bracket opened on line %1 is never closed</source>
        <extracomment>A Python syntax error, inserted into &quot;%1 cannot be read as Python: %2.&quot;</extracomment>
        <translation>eine in Zeile %1 geöffnete Klammer wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1 cannot be read as Python: %2. Fix the syntax error; CDF cannot find handle() in a file that does not parse.</source>
        <extracomment>%1 is the entry file, e.g. &quot;handler.py&quot;; %2 the syntax error, e.g. &quot;a bracket opened on line 3 is never closed&quot;.</extracomment>
        <translation>%1 kann nicht als Python gelesen werden: %2. Beheben Sie den Syntaxfehler; CDF findet handle() nicht in einer Datei, die sich nicht parsen lässt.</translation>
    </message>
    <message>
        <source>%1 imports logging. CDF collects what the handler prints; logging output may not reach the call&apos;s logs, so a failed call can show no logs. Prefer print() for messages you need to see.</source>
        <translation>%1 importiert logging. CDF sammelt, was der Handler mit print ausgibt; Ausgaben von logging erreichen die Protokolle des Aufrufs möglicherweise nicht, sodass ein fehlgeschlagener Aufruf ohne Protokolle sein kann. Verwenden Sie besser print() für Meldungen, die Sie sehen müssen.</translation>
    </message>
    <message>
        <source>Relative import in %1: the entry file is loaded as a top-level module, so &quot;from .x import y&quot; fails with &quot;attempted relative import with no known parent package&quot;. Import from the folder root instead, e.g. &quot;from mymodule import y&quot;.</source>
        <translation>Relativer Import in %1: Die Einstiegsdatei wird als Modul auf oberster Ebene geladen, daher schlägt &quot;from .x import y&quot; mit &quot;attempted relative import with no known parent package&quot; fehl. Importieren Sie stattdessen ausgehend vom Stammverzeichnis des Ordners, z. B. &quot;from mymodule import y&quot;.</translation>
    </message>
    <message>
        <source>Relative import in %1: it works only if every folder on the way has an __init__.py. Absolute imports from the folder root are safer.</source>
        <translation>Relativer Import in %1: Er funktioniert nur, wenn jeder Ordner auf dem Weg eine __init__.py hat. Absolute Importe ausgehend vom Stammverzeichnis des Ordners sind sicherer.</translation>
    </message>
    <message>
        <source>%1 has no top-level function named handle. Define &quot;def handle(data, client):&quot; at the top level of the file.</source>
        <translation>%1 hat keine Funktion namens handle auf oberster Ebene. Definieren Sie &quot;def handle(data, client):&quot; auf oberster Ebene der Datei.</translation>
    </message>
    <message>
        <source>(handle is imported on line %1; CDF needs it defined in this file, not imported.)</source>
        <extracomment>Added after &quot;%1 has no top-level function named handle. ...&quot;</extracomment>
        <translation>(handle wird in Zeile %1 importiert; CDF benötigt die Definition in dieser Datei, nicht einen Import.)</translation>
    </message>
    <message>
        <source>(A handle defined on line %1 is indented: inside a class, function or block it does not count.)</source>
        <extracomment>Added after &quot;%1 has no top-level function named handle. ...&quot;</extracomment>
        <translation>(Ein in Zeile %1 definiertes handle ist eingerückt: Innerhalb einer Klasse, einer Funktion oder eines Blocks zählt es nicht.)</translation>
    </message>
    <message>
        <source>handle is assigned on line %1 rather than defined with def; its parameters cannot be checked before deploying.</source>
        <translation>handle wird in Zeile %1 zugewiesen statt mit def definiert; seine Parameter können vor der Bereitstellung nicht geprüft werden.</translation>
    </message>
    <message>
        <source>handle on line %1 is declared async. CDF calls handle synchronously and the SDK does not accept an async handle; use &quot;def handle(...)&quot; and run any async code with asyncio.run() inside it.</source>
        <translation>handle ist in Zeile %1 als async deklariert. CDF ruft handle synchron auf, und das SDK akzeptiert kein asynchrones handle; verwenden Sie &quot;def handle(...)&quot; und führen Sie asynchronen Code darin mit asyncio.run() aus.</translation>
    </message>
    <message>
        <source>handle takes %1%2 (line %3). CDF passes only data, client, secrets and function_call_info, by name; name the ones you need instead.</source>
        <extracomment>%1%2 is a parameter such as &quot;*args&quot; or &quot;**kwargs&quot;, %3 a line number.</extracomment>
        <translation>handle nimmt %1%2 entgegen (Zeile %3). CDF übergibt nur data, client, secrets und function_call_info, und zwar per Name; führen Sie stattdessen die benötigten Parameter einzeln auf.</translation>
    </message>
    <message>
        <source>handle has a parameter &quot;%1&quot; (line %2) that CDF never passes. Allowed parameters: data, client, secrets, function_call_info. It has a default, so it will always keep that default.</source>
        <translation>handle hat einen Parameter &quot;%1&quot; (Zeile %2), den CDF nie übergibt. Zulässige Parameter: data, client, secrets, function_call_info. Er hat einen Standardwert und behält daher immer diesen Standardwert.</translation>
    </message>
    <message>
        <source>handle has a parameter &quot;%1&quot; (line %2) that CDF never passes. Allowed parameters: data, client, secrets, function_call_info.</source>
        <translation>handle hat einen Parameter &quot;%1&quot; (Zeile %2), den CDF nie übergibt. Zulässige Parameter: data, client, secrets, function_call_info.</translation>
    </message>
    <message>
        <source>The entry file %1 does not exist in %2. Check the function path, or add the file.</source>
        <translation>Die Einstiegsdatei %1 existiert nicht in %2. Prüfen Sie den Funktionspfad oder fügen Sie die Datei hinzu.</translation>
    </message>
    <message>
        <source>The entry file %1 cannot be read: %2.</source>
        <translation>Die Einstiegsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Found &quot;%1&quot; but no requirements.txt. CDF installs packages only from a file named exactly requirements.txt at the folder root; rename it.</source>
        <translation>&quot;%1&quot; gefunden, aber keine requirements.txt. CDF installiert Pakete nur aus einer Datei, die genau requirements.txt heißt und im Stammverzeichnis des Ordners liegt; benennen Sie die Datei um.</translation>
    </message>
    <message>
        <source>requirements.txt is next to %1, not at the folder root; CDF reads it only from the root of the folder. Move it up.</source>
        <translation>requirements.txt liegt neben %1, nicht im Stammverzeichnis des Ordners; CDF liest sie nur aus dem Stammverzeichnis. Verschieben Sie sie nach oben.</translation>
    </message>
    <message>
        <source>No requirements.txt: the function gets only the packages preinstalled in the runtime (and the latest cognite-sdk). Add one to pin versions.</source>
        <translation>Keine requirements.txt: Die Funktion erhält nur die in der Laufzeitumgebung vorinstallierten Pakete (und das neueste cognite-sdk). Fügen Sie eine hinzu, um Versionen festzulegen.</translation>
    </message>
</context>
<context>
    <name>HeadlessCheck</name>
    <message>
        <source>no profile is named &quot;%1&quot;; the profiles are: %2</source>
        <translation>kein Profil heißt „%1“; die Profile sind: %2</translation>
    </message>
    <message>
        <source>the project %1 did not answer</source>
        <translation>das Projekt %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 (sign in with the profile in the app first)</source>
        <translation>%1 (melden Sie sich zuerst in der App mit dem Profil an)</translation>
    </message>
    <message>
        <source>the project %1 did not answer within 120 s</source>
        <translation>das Projekt %1 hat nicht innerhalb von 120 s geantwortet</translation>
    </message>
    <message>
        <source>Checks a function folder, code zip or Python file as the deploy wizard does, without a window.</source>
        <translation>Prüft einen Funktionsordner, ein Code-Zip oder eine Python-Datei wie der Bereitstellungsassistent, ohne Fenster.</translation>
    </message>
    <message>
        <source>Print one JSON document: the settings and every finding.</source>
        <translation>Ein JSON-Dokument ausgeben: die Einstellungen und jeden Befund.</translation>
    </message>
    <message>
        <source>The Toolkit environment whose config.&lt;env&gt;.yaml fills the variables.</source>
        <translation>Die Toolkit-Umgebung, deren config.&lt;env&gt;.yaml die Variablen füllt.</translation>
    </message>
    <message>
        <source>Check against this profile&apos;s project too (its name or id).</source>
        <translation>Auch gegen das Projekt dieses Profils prüfen (sein Name oder seine ID).</translation>
    </message>
    <message>
        <source>Import the handler with a local Python (this runs the code&apos;s top level).</source>
        <translation>Den Handler mit einem lokalen Python importieren (das führt die oberste Ebene des Codes aus).</translation>
    </message>
    <message>
        <source>The Python that parses the files (default: python3).</source>
        <translation>Das Python, das die Dateien parst (Standard: python3).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>A function folder, code zip or Python file.</source>
        <translation>Ein Funktionsordner, ein Code-Zip oder eine Python-Datei.</translation>
    </message>
    <message>
        <source>functions-studio check: %1
Usage: functions-studio check PATH [--json] [--env ENV] [--profile NAME] [--import]
</source>
        <translation>functions-studio check: %1
Aufruf: functions-studio check PFAD [--json] [--env ENV] [--profile NAME] [--import]
</translation>
    </message>
    <message>
        <source>give exactly one PATH</source>
        <translation>geben Sie genau einen PFAD an</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the Toolkit project has no environment &quot;%1&quot;; it has: %2</source>
        <translation>das Toolkit-Projekt hat keine Umgebung „%1“; es hat: %2</translation>
    </message>
    <message>
        <source>--env needs a Toolkit module: no config.&lt;env&gt;.yaml was found above %1</source>
        <translation>--env braucht ein Toolkit-Modul: über %1 wurde keine config.&lt;env&gt;.yaml gefunden</translation>
    </message>
    <message>
        <source>functions-studio check: cannot check against the profile &quot;%1&quot;: %2
</source>
        <translation>functions-studio check: gegen das Profil „%1“ kann nicht geprüft werden: %2
</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>  Toolkit: %1</source>
        <translation>  Toolkit: %1</translation>
    </message>
    <message>
        <source>  Toolkit: %1, environment %2</source>
        <translation>  Toolkit: %1, Umgebung %2</translation>
    </message>
    <message>
        <source>  Settings: name &quot;%1&quot;, external id %2, %3, runtime %4, %5 CPU, %6 GB</source>
        <translation>  Einstellungen: Name „%1“, externe ID %2, %3, Laufzeit %4, %5 CPU, %6 GB</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>  Schedule: %1 (%2)</source>
        <translation>  Zeitplan: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die vollständige Antwort eintraf</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>its status line is &quot;%1&quot;</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>ihre Statuszeile lautet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it switched protocols (101), which this request did not ask for</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>sie hat das Protokoll gewechselt (101), was diese Anfrage nicht verlangt hat</translation>
    </message>
    <message>
        <source>it sent more than %1 interim answers</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>sie hat mehr als %1 Zwischenantworten gesendet</translation>
    </message>
    <message>
        <source>its Content-Length is &quot;%1&quot;</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>ihr Content-Length-Header lautet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is larger than the %1 bytes this request accepts</source>
        <extracomment>Inserted into &quot;the answer %1&quot;: the answer is too large.</extracomment>
        <translation>ist größer als die %1 Bytes, die diese Anfrage annimmt</translation>
    </message>
    <message>
        <source>its header is longer than 64 kB</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>ihr Header-Bereich ist länger als 64 kB</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1 kB</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>eine Chunk-Größenzeile ist länger als 1 kB</translation>
    </message>
    <message>
        <source>a chunk size is &quot;%1&quot;</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>eine Chunk-Größe lautet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>ein Chunk endet nicht dort, wo seine Größenangabe es vorgibt</translation>
    </message>
</context>
<context>
    <name>Identifier</name>
    <message>
        <source>id %1</source>
        <extracomment>Names a function or file in messages, e.g. &quot;Could not read function id 42&quot;.</extracomment>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>external id &quot;%1&quot;</source>
        <extracomment>Names a function or file in messages, e.g. &quot;Could not read function external id &quot;my-fn&quot;&quot;.</extracomment>
        <translation>externe ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected an activation status object, got %1</source>
        <translation>Aktivierungsstatus-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a call response object, got %1</source>
        <translation>Aufrufantwort-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected an error object or a string, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a number&quot;.</extracomment>
        <translation>Fehlerobjekt oder Zeichenkette erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected an error object, got %1</source>
        <translation>Fehlerobjekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a file object, got %1</source>
        <translation>Dateiobjekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a function object, got %1</source>
        <translation>Funktionsobjekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a function call object, got %1</source>
        <translation>Funktionsaufruf-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a schedule object, got %1</source>
        <translation>Zeitplan-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a session id (an integer, possibly as a string), got &quot;%1&quot;</source>
        <translation>Sitzungs-ID erwartet (eine Ganzzahl, ggf. als Zeichenkette), aber &quot;%1&quot; erhalten</translation>
    </message>
    <message>
        <source>expected a limits object, got %1</source>
        <translation>Limits-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>muss mindestens 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON value null, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a number, got %1&quot;.</extracomment>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>An absent JSON value, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An unknown JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>einen unbekannten Typ</translation>
    </message>
    <message>
        <source>expected an id (an integer from 1 to 9007199254740991), got %1</source>
        <extracomment>%1 is the number given, or a JSON type such as &quot;a string&quot;.</extracomment>
        <translation>ID erwartet (eine Ganzzahl von 1 bis 9007199254740991), aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a timestamp in milliseconds since 1970 (a non-negative integer), got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>Zeitstempel in Millisekunden seit 1970 erwartet (eine nicht negative Ganzzahl), aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>Ganzzahl erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>Zahl erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a number&quot;.</extracomment>
        <translation>Zeichenkette erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>true oder false erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>Array erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a string value, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a number&quot;.</extracomment>
        <translation>Zeichenkettenwert erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is Qt&apos;s description of the error, e.g. &quot;unterminated string&quot;; %2 a position.</extracomment>
        <translation>der Inhalt ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a log entry object, got %1</source>
        <translation>Protokolleintrag-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected an input data object, got %1</source>
        <translation>Eingabedaten-Objekt erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>expected a session object, got %1</source>
        <translation>Sitzungsobjekt erwartet, aber %1 erhalten</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Search the log (Enter: next, Shift+Enter: previous)</source>
        <translation>Im Protokoll suchen (Enter: nächster, Shift+Enter: vorheriger Treffer)</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;gex</source>
        <translation>Re&amp;gex</translation>
    </message>
    <message>
        <source>Match c&amp;ase</source>
        <translation>Groß-/&amp;Kleinschreibung</translation>
    </message>
    <message>
        <source>Only &amp;matching lines</source>
        <translation>Nur &amp;passende Zeilen</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>Zei&amp;tstempel</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>Um&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up pauses this; End or scrolling to the bottom resumes it.</source>
        <translation>Hält die neueste Zeile im Blick. Nach oben scrollen pausiert das; die Taste End oder Scrollen ans Ende setzt es fort.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines when none are selected</source>
        <translation>Die ausgewählten Zeilen kopieren oder, wenn keine ausgewählt sind, alle angezeigten</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation>Die angezeigten Zeilen in einer Datei speichern</translation>
    </message>
</context>
<context>
    <name>NonceSource</name>
    <message>
        <source>the session has no nonce</source>
        <translation>die Sitzung hat keine Nonce</translation>
    </message>
    <message>
        <source>create a session</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anlegen einer Sitzung</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>sign in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>the token URL %1 must use https</source>
        <translation>die Token-URL %1 muss https verwenden</translation>
    </message>
    <message>
        <source>the identity provider refused: %1</source>
        <extracomment>%1 is the provider&apos;s error code, e.g. &quot;invalid_client&quot;.</extracomment>
        <translation>der Identitätsanbieter hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the identity provider refused: %1 (%2)</source>
        <extracomment>%1 is the provider&apos;s error code, e.g. &quot;invalid_client&quot;; %2 its description.</extracomment>
        <translation>der Identitätsanbieter hat abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot reach the token endpoint %1: %2</source>
        <extracomment>%1 is a host name, %2 the network error.</extracomment>
        <translation>der Token-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the token endpoint answered HTTP %1</source>
        <translation>der Token-Endpunkt hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer has no access_token</source>
        <translation>die Antwort des Token-Endpunkts enthält kein access_token</translation>
    </message>
    <message>
        <source>no client secret is stored for this profile; enter it in the profile</source>
        <translation>für dieses Profil ist kein Client-Secret gespeichert; geben Sie es im Profil ein</translation>
    </message>
    <message>
        <source>cannot read the client secret from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s error.</extracomment>
        <translation>das Client-Secret kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>the client secret is empty</source>
        <translation>das Client-Secret ist leer</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>you are not signed in (no refresh token is stored); sign in</source>
        <translation>Sie sind nicht angemeldet (es ist kein Refresh-Token gespeichert); melden Sie sich an</translation>
    </message>
    <message>
        <source>the stored sign-in has expired (%1); sign in again</source>
        <extracomment>%1 is why the provider refused the stored sign-in.</extracomment>
        <translation>die gespeicherte Anmeldung ist abgelaufen (%1); melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <extracomment>%1 is a port number, %2 the system&apos;s error.</extracomment>
        <translation>auf 127.0.0.1:%1 kann nicht auf die Weiterleitung der Anmeldung gewartet werden: %2</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within %1 minutes</source>
        <translation>die Anmeldung im Browser wurde nicht innerhalb von %1 Minuten abgeschlossen</translation>
    </message>
    <message>
        <source>no browser is available to sign in; use the device code method instead</source>
        <translation>für die Anmeldung ist kein Browser verfügbar; verwenden Sie stattdessen die Gerätecode-Methode</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish.</source>
        <extracomment>Shown in the browser during sign-in.</extracomment>
        <translation>Warten auf den Abschluss der Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <extracomment>The title of a page shown in the browser.</extracomment>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The answer did not match this sign-in attempt. Start again from Functions Studio.</source>
        <extracomment>Shown in the browser.</extracomment>
        <translation>Die Antwort passt nicht zu diesem Anmeldeversuch. Beginnen Sie erneut in Functions Studio.</translation>
    </message>
    <message>
        <source>You can close this tab and try again in Functions Studio.</source>
        <extracomment>Shown in the browser.</extracomment>
        <translation>Sie können diesen Tab schließen und es in Functions Studio erneut versuchen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>The title of a page shown in the browser.</extracomment>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in to Functions Studio. You can close this tab.</source>
        <extracomment>Shown in the browser.</extracomment>
        <translation>Sie sind bei Functions Studio angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>cannot start device sign-in: %1</source>
        <extracomment>%1 is the network error.</extracomment>
        <translation>die Geräteanmeldung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <extracomment>Device sign-in: %1 is a web address, %2 a short code to type there.</extracomment>
        <translation>Öffnen Sie %1 und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>the device code expired before the sign-in was approved; start again</source>
        <translation>der Gerätecode ist abgelaufen, bevor die Anmeldung bestätigt wurde; beginnen Sie erneut</translation>
    </message>
    <message>
        <source>device sign-in was cancelled</source>
        <translation>die Geräteanmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the token endpoint redirected to %1, and a token request is never redirected: use the token URL it points to</source>
        <translation>der Token-Endpunkt leitete nach %1 weiter, und eine Token-Anfrage wird nie weitergeleitet: verwenden Sie die Token-URL, auf die er verweist</translation>
    </message>
</context>
<context>
    <name>OAuthSettings</name>
    <message>
        <source>read the OpenID configuration</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der OpenID-Konfiguration</translation>
    </message>
    <message>
        <source>the discovery document is not JSON</source>
        <translation>das Discovery-Dokument ist kein JSON</translation>
    </message>
    <message>
        <source>read the OpenID configuration at %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is a web address.</extracomment>
        <translation>Lesen der OpenID-Konfiguration unter %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an issuer URL: enter the https address of the identity provider (e.g. https://login.example.com/realms/cdf).</source>
        <translation>&quot;%1&quot; ist keine Aussteller-URL: Geben Sie die https-Adresse des Identitätsanbieters ein (z. B. https://login.example.com/realms/cdf).</translation>
    </message>
    <message>
        <source>OpenID discovery over plain http is refused: the document says where secrets are sent, so it must come over https (plain http is only allowed for 127.0.0.1 or localhost).</source>
        <translation>OpenID-Discovery über unverschlüsseltes http wird abgelehnt: Das Dokument legt fest, wohin Geheimnisse gesendet werden, daher muss es über https abgerufen werden (unverschlüsseltes http ist nur für 127.0.0.1 oder localhost zulässig).</translation>
    </message>
    <message>
        <source>The client id is missing.</source>
        <translation>Die Client-ID fehlt.</translation>
    </message>
    <message>
        <source>%1 must use https (plain http is only allowed for 127.0.0.1 or localhost).</source>
        <extracomment>%1 is a web address.</extracomment>
        <translation>%1 muss https verwenden (unverschlüsseltes http ist nur für 127.0.0.1 oder localhost zulässig).</translation>
    </message>
    <message>
        <source>The token URL is missing or not valid.</source>
        <translation>Die Token-URL fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The authorization URL is missing; interactive sign-in needs it.</source>
        <translation>Die Autorisierungs-URL fehlt; die interaktive Anmeldung benötigt sie.</translation>
    </message>
    <message>
        <source>The device code URL is missing; device sign-in needs it.</source>
        <translation>Die Gerätecode-URL fehlt; die Geräteanmeldung benötigt sie.</translation>
    </message>
</context>
<context>
    <name>OneShotHttp</name>
    <message>
        <source>cancelled</source>
        <extracomment>Why a request ended: it was cancelled.</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer %1</source>
        <extracomment>%1 says how the answer is too large, e.g. &quot;is larger than the 1048576 bytes this request accepts&quot;.</extracomment>
        <translation>die Antwort %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP: %1</source>
        <extracomment>%1 says what is wrong, e.g. &quot;its status line is &quot;FOO&quot;&quot;.</extracomment>
        <translation>die Antwort des Servers ist kein gültiges HTTP: %1</translation>
    </message>
</context>
<context>
    <name>PackagePlan</name>
    <message>
        <source>symbolic link loop: the folder was already included once, so it is skipped here</source>
        <extracomment>A note shown after a folder&apos;s path (&quot;lib/loop: ...&quot;).</extracomment>
        <translation>Schleife aus symbolischen Links: Der Ordner wurde bereits einmal aufgenommen und wird hier übersprungen</translation>
    </message>
    <message>
        <source>the folder holds more than %1 files and folders; choose the function&apos;s own folder, or leave large folders out with .functionignore</source>
        <translation>der Ordner enthält mehr als %1 Dateien und Ordner; wählen Sie den eigenen Ordner der Funktion oder schließen Sie große Ordner mit .functionignore aus</translation>
    </message>
    <message>
        <source>the name holds a line break or another control character; rename it (zip tools and CDF do not handle such names reliably)</source>
        <extracomment>A note shown after a file&apos;s path (&quot;data/a?b.txt: ...&quot;).</extracomment>
        <translation>der Name enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; benennen Sie die Datei um (ZIP-Werkzeuge und CDF gehen mit solchen Namen nicht zuverlässig um)</translation>
    </message>
    <message>
        <source>broken symbolic link to %1; remove it or add it to .functionignore</source>
        <extracomment>A note shown after a file&apos;s path (&quot;lib/link: ...&quot;); %1 is where the link points.</extracomment>
        <translation>defekter symbolischer Link auf %1; entfernen Sie ihn oder tragen Sie ihn in .functionignore ein</translation>
    </message>
    <message>
        <source>symbolic link points outside the function folder (to %1); CDF only receives the folder, so copy the file in or add the link to .functionignore</source>
        <extracomment>A note shown after a file&apos;s path (&quot;lib/link: ...&quot;); %1 is where the link points.</extracomment>
        <translation>symbolischer Link zeigt aus dem Funktionsordner hinaus (auf %1); CDF erhält nur den Ordner, kopieren Sie also die Datei hinein oder tragen Sie den Link in .functionignore ein</translation>
    </message>
    <message>
        <source>the ignore file itself is not part of the function</source>
        <extracomment>Why .functionignore is not packaged, shown after its name (&quot;.functionignore: ...&quot;).</extracomment>
        <translation>die Ignore-Datei selbst gehört nicht zur Funktion</translation>
    </message>
    <message>
        <source>.functionignore line %1: %2</source>
        <extracomment>Why a file is left out, shown after its path: %1 is a line number in .functionignore, %2 the pattern on it.</extracomment>
        <translation>.functionignore, Zeile %1: %2</translation>
    </message>
    <message>
        <source>excluded by default (%1)</source>
        <extracomment>Why a file is left out, shown after its path; %1 is a pattern such as &quot;__pycache__/&quot;.</extracomment>
        <translation>standardmäßig ausgeschlossen (%1)</translation>
    </message>
    <message>
        <source>folder cannot be read (permission denied); fix its permissions or add it to .functionignore</source>
        <extracomment>A note shown after a folder&apos;s path.</extracomment>
        <translation>Ordner kann nicht gelesen werden (Zugriff verweigert); korrigieren Sie die Zugriffsrechte oder tragen Sie ihn in .functionignore ein</translation>
    </message>
    <message>
        <source>not a regular file (device, socket or pipe)</source>
        <extracomment>Why a file is left out, shown after its path.</extracomment>
        <translation>keine reguläre Datei (Gerät, Socket oder Pipe)</translation>
    </message>
    <message>
        <source>file cannot be read (%1); fix its permissions or add it to .functionignore</source>
        <extracomment>A note shown after a file&apos;s path; %1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>Datei kann nicht gelesen werden (%1); korrigieren Sie die Zugriffsrechte oder tragen Sie sie in .functionignore ein</translation>
    </message>
    <message>
        <source>looks like a credentials file; anyone who can read the function&apos;s code file can read it. Use function secrets instead, or add it to .functionignore</source>
        <extracomment>A warning shown after a file&apos;s path (&quot;.env: ...&quot;).</extracomment>
        <translation>sieht nach einer Datei mit Anmeldedaten aus; wer die Codedatei der Funktion lesen kann, kann auch diese Datei lesen. Verwenden Sie stattdessen Geheimnisse der Funktion oder tragen Sie die Datei in .functionignore ein</translation>
    </message>
    <message>
        <source>more than %1 files to package; CDF builds functions from code, not data: leave data folders out with .functionignore</source>
        <translation>mehr als %1 Dateien zum Packen; CDF baut Funktionen aus Code, nicht aus Daten: Schließen Sie Datenordner mit .functionignore aus</translation>
    </message>
    <message>
        <source>the files to package add up to more than %1 MB (%2 alone is %3 MB); leave large data files out with .functionignore</source>
        <extracomment>%1 is the limit in MB, %2 a file&apos;s path, %3 its size in MB.</extracomment>
        <translation>die zu packenden Dateien sind zusammen größer als %1 MB (allein %2 hat %3 MB); schließen Sie große Datendateien mit .functionignore aus</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose the folder that contains handler.py</source>
        <translation>%1 ist eine Datei, kein Ordner; wählen Sie den Ordner, der handler.py enthält</translation>
    </message>
    <message>
        <source>is larger than %1 kB; an ignore file holds patterns, one per line</source>
        <extracomment>Shown after the file&apos;s name: &quot;.functionignore: is larger than 64 kB; ...&quot;</extracomment>
        <translation>ist größer als %1 kB; eine Ignore-Datei enthält Muster, eines pro Zeile</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <extracomment>Shown after the file&apos;s name: &quot;.functionignore: is not a regular file&quot;</extracomment>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <extracomment>Shown after the file&apos;s name: &quot;.functionignore: cannot be read: Permission denied&quot;</extracomment>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there are no files to package in %1 (everything is excluded or the folder is empty)</source>
        <translation>in %1 gibt es keine Dateien zum Packen (alles ist ausgeschlossen oder der Ordner ist leer)</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being packaged (%2 bytes expected, %3 read); try again</source>
        <translation>%1 hat sich beim Packen geändert (%2 Bytes erwartet, %3 gelesen); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation>%1 kann nicht komprimiert werden</translation>
    </message>
    <message>
        <source>not enough memory to compress %1</source>
        <translation>nicht genug Arbeitsspeicher, um %1 zu komprimieren</translation>
    </message>
    <message>
        <source>the package plan has errors: %1</source>
        <extracomment>%1 is the first of the plan&apos;s errors, e.g. &quot;the folder /x does not exist&quot;.</extracomment>
        <translation>der Paketplan enthält Fehler: %1</translation>
    </message>
    <message>
        <source>cannot create the zip file (zip error %1); check that the folder is writable</source>
        <translation>die ZIP-Datei kann nicht angelegt werden (ZIP-Fehler %1); prüfen Sie, ob der Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>packaging was cancelled</source>
        <translation>das Packen wurde abgebrochen</translation>
    </message>
    <message>
        <source>writing %1 to the zip failed (zip error %2; is the disk full?)</source>
        <translation>das Schreiben von %1 in die ZIP-Datei ist fehlgeschlagen (ZIP-Fehler %2; ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot finish %1 in the zip (zip error %2)</source>
        <translation>%1 kann in der ZIP-Datei nicht abgeschlossen werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot add %1 to the zip (zip error %2)</source>
        <translation>%1 kann nicht zur ZIP-Datei hinzugefügt werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>writing %1 to the zip failed (is the disk full?)</source>
        <translation>das Schreiben von %1 in die ZIP-Datei ist fehlgeschlagen (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot finish the zip file (zip error %1)</source>
        <translation>die ZIP-Datei kann nicht fertiggestellt werden (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>cannot move the finished zip to %1</source>
        <translation>die fertige ZIP-Datei kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Interactive sign-in (browser)</source>
        <translation>Interaktive Anmeldung (Browser)</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation>Lokaler Emulator</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the CDF cluster (e.g. westeurope-1) or the full URL of the CDF API.</source>
        <translation>Geben Sie den CDF-Cluster (z. B. westeurope-1) oder die vollständige URL der CDF-API ein.</translation>
    </message>
    <message>
        <source>Enter the CDF project&apos;s URL name.</source>
        <translation>Geben Sie den URL-Namen des CDF-Projekts ein.</translation>
    </message>
    <message>
        <source>Enter the client id of the app registration.</source>
        <translation>Geben Sie die Client-ID der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Enter the Entra ID tenant (its id or domain, e.g. contoso.onmicrosoft.com).</source>
        <translation>Geben Sie den Entra-ID-Mandanten ein (seine ID oder Domäne, z. B. contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Enter the https token URL of the identity provider, or discover it.</source>
        <translation>Geben Sie die HTTPS-Token-URL des Identitätsanbieters ein oder lassen Sie sie ermitteln.</translation>
    </message>
    <message>
        <source>Interactive sign-in needs the authorization URL.</source>
        <translation>Die interaktive Anmeldung benötigt die Autorisierungs-URL.</translation>
    </message>
    <message>
        <source>Device sign-in needs the device code URL.</source>
        <translation>Die Geräteanmeldung benötigt die Gerätecode-URL.</translation>
    </message>
    <message>
        <source>Enter the scopes to request (space separated).</source>
        <translation>Geben Sie die anzufordernden Scopes ein (durch Leerzeichen getrennt).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Production (westeurope-1)</source>
        <translation>z. B. Produktion (westeurope-1)</translation>
    </message>
    <message>
        <source>CDF cluster or URL</source>
        <translation>CDF-Cluster oder URL</translation>
    </message>
    <message>
        <source>westeurope-1, or https://…</source>
        <translation>westeurope-1 oder https://…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>the project&apos;s URL name</source>
        <translation>der URL-Name des Projekts</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>tenant id or domain</source>
        <translation>Mandanten-ID oder Domäne</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>issuer URL, to fill the URLs below</source>
        <translation>Aussteller-URL, um die URLs darunter auszufüllen</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Device code URL</source>
        <translation>Gerätecode-URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>default: https://{cluster}.cognitedata.com/.default</source>
        <translation>Standard: https://{cluster}.cognitedata.com/.default</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>only if your identity provider needs it</source>
        <translation>nur, wenn Ihr Identitätsanbieter sie benötigt</translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation>.env importieren…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection to check sign-in, project access, activation, limits and capabilities.</source>
        <translation>Testet die Verbindung und prüft Anmeldung, Projektzugriff, Aktivierung, Limits und Berechtigungen.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The sign-in method stored for this profile (%1) is not one this version knows. Edit the profile and choose a sign-in method.</source>
        <translation>Die für dieses Profil gespeicherte Anmeldemethode (%1) ist dieser Version nicht bekannt. Bearbeiten Sie das Profil und wählen Sie eine Anmeldemethode.</translation>
    </message>
    <message>
        <source>The identity provider stored for this profile (%1) is not one this version knows. Edit the profile and choose one.</source>
        <translation>Der für dieses Profil gespeicherte Identitätsanbieter (%1) ist dieser Version nicht bekannt. Bearbeiten Sie das Profil und wählen Sie einen aus.</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL: write it as http://host:port or socks5://host:port.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation>Der Proxy &quot;%1&quot; ist keine Proxy-URL: Schreiben Sie ihn als http://host:port oder socks5://host:port.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the proxy URL: settings are a plain file, and secrets are never stored there. Use a proxy that needs no password, or the system&apos;s proxy setting.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Proxy-URL weg: Einstellungen sind eine einfache Datei, und Geheimnisse werden dort nie gespeichert. Verwenden Sie einen Proxy ohne Passwort oder die Proxy-Einstellung des Systems.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s port, e.g. %1:3128.</source>
        <translation>Geben Sie den Port des Proxys an, z. B. %1:3128.</translation>
    </message>
    <message>
        <source>A proxy URL has no path: write it as %1://%2:%3.</source>
        <translation>Eine Proxy-URL hat keinen Pfad: Schreiben Sie sie als %1://%2:%3.</translation>
    </message>
</context>
<context>
    <name>RedeployWorkflow</name>
    <message>
        <source>&quot;%1&quot;: %2 (%3), input data %4</source>
        <extracomment>A saved schedule: %1 is its name, %2 its cron expression, %3 when it runs in words, %4 its input data as JSON.</extracomment>
        <translation>&quot;%1&quot;: %2 (%3), Eingabedaten %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (%3)</source>
        <extracomment>A saved schedule: %1 is its name, %2 its cron expression, %3 when it runs in words.</extracomment>
        <translation>&quot;%1&quot;: %2 (%3)</translation>
    </message>
    <message>
        <source>Reading function %1</source>
        <extracomment>A step of a redeploy, shown as its progress.</extracomment>
        <translation>Lesen der Funktion %1</translation>
    </message>
    <message>
        <source>Function %1 does not exist; nothing was changed.</source>
        <translation>Funktion %1 existiert nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The function has secrets (%1) whose values CDF never returns; give them again to redeploy. Nothing was changed.</source>
        <extracomment>%1 is a list of secret keys.</extracomment>
        <translation>Die Funktion hat Geheimnisse (%1), deren Werte CDF nie zurückgibt; geben Sie sie für die neue Version erneut ein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saving the schedules and their input data</source>
        <translation>Sichern der Zeitpläne und ihrer Eingabedaten</translation>
    </message>
    <message>
        <source>Could not read the input data of schedule &quot;%1&quot;: %2 Nothing was changed.</source>
        <extracomment>%1 is a schedule&apos;s name, %2 the error (a sentence).</extracomment>
        <translation>Die Eingabedaten von Zeitplan &quot;%1&quot; konnten nicht gelesen werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Checking, packaging and uploading the new code</source>
        <translation>Prüfen, Packen und Hochladen des neuen Codes</translation>
    </message>
    <message>
        <source>The old function and its schedules were not touched.</source>
        <translation>Die alte Funktion und ihre Zeitpläne blieben unverändert.</translation>
    </message>
    <message>
        <source>Deleting the old function %1 (its code file %2 is kept until the new version is Ready)</source>
        <extracomment>%1 is a function id, %2 a file id.</extracomment>
        <translation>Löschen der alten Funktion %1 (ihre Codedatei %2 bleibt erhalten, bis die neue Version bereit ist)</translation>
    </message>
    <message>
        <source>Could not delete the old function: %1 The old function and its schedules are unchanged.</source>
        <extracomment>%1 is the error (a sentence).</extracomment>
        <translation>Die alte Funktion konnte nicht gelöscht werden: %1 Die alte Funktion und ihre Zeitpläne sind unverändert.</translation>
    </message>
    <message>
        <source>The answer to the delete was lost; checking whether the old function %1 still exists</source>
        <translation>Die Antwort auf das Löschen ging verloren; es wird geprüft, ob die alte Funktion %1 noch existiert</translation>
    </message>
    <message>
        <source>Could not delete the old function: %1 It still exists: the old function and its schedules are unchanged.</source>
        <extracomment>%1 is the error (a sentence).</extracomment>
        <translation>Die alte Funktion konnte nicht gelöscht werden: %1 Sie existiert noch: Die alte Funktion und ihre Zeitpläne sind unverändert.</translation>
    </message>
    <message>
        <source>Could not delete the old function %1 (%2), and could not check whether it still exists (%3).</source>
        <extracomment>%1 is a function id, %2 and %3 errors.</extracomment>
        <translation>Die alte Funktion %1 konnte nicht gelöscht werden (%2), und es konnte nicht geprüft werden, ob sie noch existiert (%3).</translation>
    </message>
    <message>
        <source>Its code is kept as file %1 and the new code as file %2.</source>
        <extracomment>%1 and %2 are file ids.</extracomment>
        <translation>Ihr Code bleibt als Datei %1 erhalten, der neue Code als Datei %2.</translation>
    </message>
    <message>
        <source>It had no schedules.</source>
        <translation>Sie hatte keine Zeitpläne.</translation>
    </message>
    <message>
        <source>If it is gone, so are its schedules; their definitions and input data were saved:
%1</source>
        <extracomment>%1 is the list of saved schedules, one per line.</extracomment>
        <translation>Falls sie gelöscht wurde, sind es auch ihre Zeitpläne; deren Definitionen und Eingabedaten wurden gesichert:
%1</translation>
    </message>
    <message>
        <source>Creating the new function and waiting until it is Ready</source>
        <translation>Anlegen der neuen Funktion und Warten, bis sie bereit ist</translation>
    </message>
    <message>
        <source>It was removed (function %1).</source>
        <translation>Sie wurde entfernt (Funktion %1).</translation>
    </message>
    <message>
        <source>It could not be removed (function %1: %2).</source>
        <extracomment>%1 is a function id, %2 the error.</extracomment>
        <translation>Sie konnte nicht entfernt werden (Funktion %1: %2).</translation>
    </message>
    <message>
        <source>The new version did not become Ready: %1</source>
        <extracomment>%1 is why (one or more sentences).</extracomment>
        <translation>Die neue Version hat den Status „Bereit“ nicht erreicht: %1</translation>
    </message>
    <message>
        <source>The new version failed; restoring the previous version from its code file %1</source>
        <translation>Die neue Version ist fehlgeschlagen; die vorherige Version wird aus ihrer Codedatei %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The previous version could not be restored either: %1</source>
        <extracomment>%1 is why (one or more sentences).</extracomment>
        <translation>Auch die vorherige Version konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>There were no schedules.</source>
        <translation>Es gab keine Zeitpläne.</translation>
    </message>
    <message>
        <source>The schedules were NOT recreated. Their definitions and input data were saved:
%1</source>
        <extracomment>%1 is the list of saved schedules, one per line.</extracomment>
        <translation>Die Zeitpläne wurden NICHT neu angelegt. Ihre Definitionen und Eingabedaten wurden gesichert:
%1</translation>
    </message>
    <message>
        <source>Recreating schedule &quot;%1&quot; (%2 of %3)</source>
        <extracomment>%1 is a schedule&apos;s name; %2 of %3 counts the schedules.</extracomment>
        <translation>Neuanlegen von Zeitplan &quot;%1&quot; (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>All %n schedules were recreated.</source>
        <translation>
            <numerusform>Der Zeitplan wurde neu angelegt.</numerusform>
            <numerusform>Alle %n Zeitpläne wurden neu angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 schedules could not be recreated:
%3
Saved definitions:
%4</source>
        <extracomment>%1 of %2 counts the schedules; %3 lists the failures, %4 the saved schedules, one per line.</extracomment>
        <translation>%1 von %2 Zeitplänen konnten nicht neu angelegt werden:
%3
Gesicherte Definitionen:
%4</translation>
    </message>
    <message>
        <source>The previous version was restored from its code file %1: function %2 (&quot;%3&quot;) is Ready with its old settings.</source>
        <extracomment>%1 is a file id, %2 a function id, %3 its name.</extracomment>
        <translation>Die vorherige Version wurde aus ihrer Codedatei %1 wiederhergestellt: Funktion %2 (&quot;%3&quot;) ist mit ihren alten Einstellungen bereit.</translation>
    </message>
    <message>
        <source>Redeployed &quot;%1&quot;: the new function %2 is Ready (it replaces %3).</source>
        <extracomment>%1 is the function&apos;s name, %2 and %3 function ids.</extracomment>
        <translation>Neue Version von &quot;%1&quot; bereitgestellt: Die neue Funktion %2 ist bereit (sie ersetzt %3).</translation>
    </message>
    <message>
        <source>The previous code is kept as file %1.</source>
        <translation>Der vorherige Code bleibt als Datei %1 erhalten.</translation>
    </message>
    <message>
        <source>The previous code file %1 was kept (could not check whether another function uses it: %2).</source>
        <extracomment>%1 is a file id, %2 the error.</extracomment>
        <translation>Die vorherige Codedatei %1 wurde behalten (es konnte nicht geprüft werden, ob eine andere Funktion sie verwendet: %2).</translation>
    </message>
    <message>
        <source>The previous code file %1 was kept: function %2 also uses it.</source>
        <translation>Die vorherige Codedatei %1 wurde behalten: Funktion %2 verwendet sie ebenfalls.</translation>
    </message>
    <message>
        <source>Code file %1 was removed.</source>
        <translation>Die Codedatei %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Code file %1 could not be removed (%2); delete it yourself.</source>
        <extracomment>%1 is a file id, %2 the error.</extracomment>
        <translation>Die Codedatei %1 konnte nicht entfernt werden (%2); löschen Sie sie selbst.</translation>
    </message>
    <message>
        <source>The new function (id %1) was still %2 after %3 minutes.</source>
        <extracomment>%1 is a function id, %2 its status as CDF names it (e.g. &quot;Deploying&quot;), %3 a number of minutes.</extracomment>
        <translation>Die neue Funktion (ID %1) hatte nach %3 Minuten noch den Status &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation>&amp;Einfach</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>At &amp;minute</source>
        <translation>Zur &amp;Minute</translation>
    </message>
    <message>
        <source>At &amp;time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation>Am &amp;Tag</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>0-59; * any; a-b range; */n every n; a,b list</source>
        <translation>0-59; * beliebig; a-b Bereich; */n alle n; a,b Liste</translation>
    </message>
    <message>
        <source>0-23 (UTC); * any; a-b range; */n every n; a,b list</source>
        <translation>0-23 (UTC); * beliebig; a-b Bereich; */n alle n; a,b Liste</translation>
    </message>
    <message>
        <source>1-31 or L (the last day); * any; a-b; */n; a,b</source>
        <translation>1-31 oder L (der letzte Tag); * beliebig; a-b; */n; a,b</translation>
    </message>
    <message>
        <source>1-12 or jan-dec; * any; a-b; */n; a,b</source>
        <translation>1-12 oder jan-dec; * beliebig; a-b; */n; a,b</translation>
    </message>
    <message>
        <source>0-7 (0 and 7 are Sunday) or sun-sat; * any; a-b; */n; a,b</source>
        <translation>0-7 (0 und 7 sind Sonntag) oder sun-sat; * beliebig; a-b; */n; a,b</translation>
    </message>
    <message>
        <source>E&amp;xpression (UTC)</source>
        <translation>A&amp;usdruck (UTC)</translation>
    </message>
    <message>
        <source>Next runs (UTC)</source>
        <translation>Nächste Ausführungen (UTC)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>&amp;Input data (passed to handle() as data)</source>
        <translation>Ein&amp;gabedaten (an handle() als data übergeben)</translation>
    </message>
    <message>
        <source>The schedule signs in with</source>
        <translation>Der Zeitplan meldet sich an über</translation>
    </message>
    <message>
        <source>The client credentials of this &amp;profile</source>
        <translation>Die Client-Anmeldedaten dieses &amp;Profils</translation>
    </message>
    <message>
        <source>Your current sign-&amp;in (token exchange)</source>
        <translation>Ihre aktuelle Anmeldung (T&amp;oken-Austausch)</translation>
    </message>
    <message>
        <source>&amp;Other client credentials</source>
        <translation>&amp;Andere Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Client credentials kept in the keychain: a profile&apos;s, or ones saved for schedules</source>
        <translation>Im Schlüsselbund gespeicherte Client-Anmeldedaten: die eines Profils oder die für Zeitpläne gespeicherten</translation>
    </message>
    <message>
        <source>Save them in the &amp;keychain</source>
        <translation>Im S&amp;chlüsselbund speichern</translation>
    </message>
    <message>
        <source>A &amp;nonce you have</source>
        <translation>Eine &amp;vorhandene Nonce</translation>
    </message>
</context>
<context>
    <name>ScheduleHealth</name>
    <message>
        <source>No scheduled calls yet.</source>
        <translation>Noch keine geplanten Aufrufe.</translation>
    </message>
    <message>
        <source>The last scheduled call went well.</source>
        <translation>Der letzte geplante Aufruf war erfolgreich.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n scheduled call(s) failed the way calls fail after the credentials behind the schedule changed (a new client secret, a revoked session, another identity provider). Recreate the schedule with fresh credentials.</source>
        <translation>
            <numerusform>Der letzte geplante Aufruf ist so fehlgeschlagen, wie Aufrufe fehlschlagen, wenn sich die Anmeldedaten hinter dem Zeitplan geändert haben (ein neues Client-Secret, eine widerrufene Sitzung, ein anderer Identitätsanbieter). Legen Sie den Zeitplan mit neuen Anmeldedaten neu an.</numerusform>
            <numerusform>Die letzten %n geplanten Aufrufe sind so fehlgeschlagen, wie Aufrufe fehlschlagen, wenn sich die Anmeldedaten hinter dem Zeitplan geändert haben (ein neues Client-Secret, eine widerrufene Sitzung, ein anderer Identitätsanbieter). Legen Sie den Zeitplan mit neuen Anmeldedaten neu an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n scheduled call(s) failed.</source>
        <translation>
            <numerusform>Der letzte geplante Aufruf ist fehlgeschlagen.</numerusform>
            <numerusform>Die letzten %n geplanten Aufrufe sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleIntent</name>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n Min.</numerusform>
            <numerusform>alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>hourly at :%1 %2</source>
        <translation>stündlich um :%1 %2</translation>
    </message>
    <message>
        <source>daily %1 %2</source>
        <translation>täglich %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>monthly on the %1. %2 %3</source>
        <translation>monatlich am %1. %2 %3</translation>
    </message>
</context>
<context>
    <name>SchedulesService</name>
    <message>
        <source>list schedules</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Auflisten der Zeitpläne</translation>
    </message>
    <message>
        <source>read schedules</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Zeitpläne</translation>
    </message>
    <message>
        <source>create schedule &quot;%1&quot;</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anlegen des Zeitplans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete schedules</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Löschen der Zeitpläne</translation>
    </message>
    <message>
        <source>read the input data of schedule %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Lesen der Eingabedaten von Zeitplan %1</translation>
    </message>
</context>
<context>
    <name>SessionsService</name>
    <message>
        <source>create a session for the call</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anlegen einer Sitzung für den Aufruf</translation>
    </message>
    <message>
        <source>functions:read (functionsAcl READ) is needed to list functions, calls, logs and schedules.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>functions:read (functionsAcl READ) wird benötigt, um Funktionen, Aufrufe, Protokolle und Zeitpläne aufzulisten.</translation>
    </message>
    <message>
        <source>files:read (filesAcl READ) is needed to check uploads and download a function&apos;s code.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>files:read (filesAcl READ) wird benötigt, um Uploads zu prüfen und den Code einer Funktion herunterzuladen.</translation>
    </message>
    <message>
        <source>files:write (filesAcl WRITE) is needed to upload a function&apos;s code when deploying.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>files:write (filesAcl WRITE) wird benötigt, um beim Bereitstellen den Code einer Funktion hochzuladen.</translation>
    </message>
    <message>
        <source>sessions:create (sessionsAcl CREATE) is needed to call functions and to create schedules.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>sessions:create (sessionsAcl CREATE) wird benötigt, um Funktionen aufzurufen und Zeitpläne anzulegen.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>inspect the sign-in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Prüfen der Anmeldung</translation>
    </message>
    <message>
        <source>functions:write (functionsAcl WRITE) is needed to deploy and delete functions and to manage schedules.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>functions:write (functionsAcl WRITE) wird benötigt, um Funktionen bereitzustellen und zu löschen und Zeitpläne zu verwalten.</translation>
    </message>
    <message>
        <source>functions:run (functionsAcl RUN) is needed to call functions, as CDF&apos;s documentation names it for calls.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>functions:run (functionsAcl RUN) wird benötigt, um Funktionen aufzurufen, wie die CDF-Dokumentation es für Aufrufe nennt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The new language is used when Functions Studio starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Functions Studio verwendet.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation>&amp;Aktualisieren alle</translation>
    </message>
    <message>
        <source>Off (refresh with F5)</source>
        <translation>Aus (mit F5 aktualisieren)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Tell me when a call or deploy ends while the window is in the background</source>
        <translation>&amp;Benachrichtigen, wenn ein Aufruf oder eine Bereitstellung endet, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>Schedule time &amp;zone</source>
        <translation>&amp;Zeitzone für Zeitpläne</translation>
    </message>
    <message>
        <source>&amp;Log viewer font</source>
        <translation>Schrift der &amp;Protokollansicht</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Emulator P&amp;ython</source>
        <translation>Emulator-P&amp;ython</translation>
    </message>
    <message>
        <source>python3.X for the function&apos;s runtime, else python3</source>
        <translation>python3.X für die Laufzeit der Funktion, sonst python3</translation>
    </message>
    <message>
        <source>Emulator &amp;wheelhouse</source>
        <translation>Emulator-&amp;Wheelhouse</translation>
    </message>
    <message>
        <source>none: requirements come from their index (PyPI)</source>
        <translation>keines: Abhängigkeiten kommen aus ihrem Index (PyPI)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The local emulator uses its Python, wheelhouse and sandbox setting from its next start. A wheelhouse is a folder of .whl files (pip download -d DIR -r requirements.txt): with one, functions&apos; requirements install without network access.</source>
        <translation>Der lokale Emulator verwendet Python, Wheelhouse und die Sandbox-Einstellung ab seinem nächsten Start. Ein Wheelhouse ist ein Ordner mit .whl-Dateien (pip download -d DIR -r requirements.txt): Damit werden die Abhängigkeiten von Funktionen ohne Netzwerkzugang installiert.</translation>
    </message>
    <message>
        <source>Run the emulator&apos;s handlers without a &amp;sandbox</source>
        <translation>&amp;Handler des Emulators ohne Sandbox ausführen</translation>
    </message>
    <message>
        <source>Only for a computer where the sandbox cannot start (no user namespaces): the emulator then says so on every deploy and call. Without the sandbox a handler can read and change everything your user can, the emulator&apos;s data included.</source>
        <translation>Nur für einen Rechner, auf dem die Sandbox nicht starten kann (keine User-Namespaces): Der Emulator sagt das dann bei jeder Bereitstellung und jedem Aufruf. Ohne Sandbox kann ein Handler alles lesen und ändern, was Ihr Benutzer kann, auch die Daten des Emulators.</translation>
    </message>
    <message>
        <source>Cache of call lo&amp;gs</source>
        <translation>Cache der Aufruf-Lo&amp;gs</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The most the logs of finished calls kept for Search Calls may take on disk, over every project; the least recently used go first.</source>
        <translation>So viel Platz dürfen die für „Aufrufe durchsuchen“ aufbewahrten Logs beendeter Aufrufe auf der Festplatte belegen, über alle Projekte; die am längsten nicht genutzten gehen zuerst.</translation>
    </message>
    <message>
        <source>Remove every kept log now (of every project). Searches read them from CDF again.</source>
        <translation>Alle aufbewahrten Logs jetzt entfernen (aller Projekte). Suchen lesen sie dann wieder aus CDF.</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <translation>Befehle oder Tasten suchen</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>(%1 lines before, %2 after: too long to compare line by line)</source>
        <translation>(%1 Zeilen vorher, %2 nachher: zu lang für einen zeilenweisen Vergleich)</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ Zeile %1 @@</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>no token is stored for this profile; enter it in the profile</source>
        <translation>für dieses Profil ist kein Token gespeichert; geben Sie es im Profil ein</translation>
    </message>
    <message>
        <source>cannot read the token from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s error.</extracomment>
        <translation>das Token kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>sign in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>no token is set for this profile</source>
        <translation>für dieses Profil ist kein Token festgelegt</translation>
    </message>
</context>
<context>
    <name>ToolkitExporter</name>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The code cannot be written in %1: %2</source>
        <translation>Der Code kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The code file cannot be unpacked: %1</source>
        <translation>Die Code-Datei kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The code cannot be moved to %1.</source>
        <translation>Der Code kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (im Papierkorb)</translation>
    </message>
    <message>
        <source>%1 (moved to %2)</source>
        <translation>%1 (verschoben nach %2)</translation>
    </message>
    <message>
        <source>%1 is not a name for a folder in %2.</source>
        <translation>%1 ist kein Name für einen Ordner in %2.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Name</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>External id</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Function path</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Funktionspfad</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it (it was probably pasted along).</source>
        <extracomment>%1 is a field&apos;s name, %2 the character&apos;s code in hexadecimal, %3 its position.</extracomment>
        <translation>%1 enthält an Position %3 ein Steuerzeichen (U+%2); entfernen Sie es (es wurde wahrscheinlich beim Einfügen mitkopiert).</translation>
    </message>
    <message>
        <source>%1 contains U+FFFD at position %2, a character that could not be decoded: was it read from a file that is not UTF-8?</source>
        <translation>%1 enthält an Position %2 das Zeichen U+FFFD, das nicht dekodiert werden konnte: Wurde der Wert aus einer Datei gelesen, die nicht UTF-8-kodiert ist?</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is a field&apos;s name, e.g. &quot;Name&quot;.</extracomment>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %n characters.</source>
        <extracomment>%1 is a field&apos;s name, %2 its length, %3 the limit; %n is how many characters too many.</extracomment>
        <translation>
            <numerusform>%1 ist %2 Zeichen lang; zulässig sind höchstens %3. Kürzen Sie den Wert um %n Zeichen.</numerusform>
            <numerusform>%1 ist %2 Zeichen lang; zulässig sind höchstens %3. Kürzen Sie den Wert um %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>A size, inserted into &quot;The call input is %1 as JSON; this project accepts at most %2.&quot;</extracomment>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kB</source>
        <extracomment>A size in kilobytes, inserted into &quot;The call input is %1 as JSON; this project accepts at most %2.&quot;</extracomment>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>A size in megabytes, inserted into &quot;The call input is %1 as JSON; this project accepts at most %2.&quot;</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Name is required: give the function a name (at most 140 characters).</source>
        <translation>Der Name ist erforderlich: Geben Sie der Funktion einen Namen (höchstens 140 Zeichen).</translation>
    </message>
    <message>
        <source>External id is empty; leave it out or give a value (at most 255 characters).</source>
        <translation>Die externe ID ist leer; lassen Sie sie weg oder geben Sie einen Wert an (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>Description is empty; leave it out or write 1 to 500 characters.</source>
        <translation>Die Beschreibung ist leer; lassen Sie sie weg oder schreiben Sie 1 bis 500 Zeichen.</translation>
    </message>
    <message>
        <source>Function path is empty; give the path of the file that defines handle(), e.g. handler.py.</source>
        <translation>Der Funktionspfad ist leer; geben Sie den Pfad der Datei an, die handle() definiert, z. B. handler.py.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; uses backslashes; write it with forward slashes: &quot;%2&quot;.</source>
        <translation>Der Funktionspfad &quot;%1&quot; enthält umgekehrte Schrägstriche; schreiben Sie ihn mit normalen Schrägstrichen: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; is absolute; give it relative to the function folder, e.g. &quot;%2&quot;.</source>
        <translation>Der Funktionspfad &quot;%1&quot; ist absolut; geben Sie ihn relativ zum Funktionsordner an, z. B. &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; leaves the function folder with &quot;..&quot;; the file must be inside the folder.</source>
        <translation>Der Funktionspfad &quot;%1&quot; verlässt mit &quot;..&quot; den Funktionsordner; die Datei muss im Ordner liegen.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; has an empty or &quot;.&quot; segment; write it like &quot;src/handler.py&quot;.</source>
        <translation>Der Funktionspfad &quot;%1&quot; enthält ein leeres oder ein &quot;.&quot;-Segment; schreiben Sie ihn wie &quot;src/handler.py&quot;.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; must name a Python file ending in .py.</source>
        <translation>Der Funktionspfad &quot;%1&quot; muss eine Python-Datei mit der Endung .py angeben.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n secrets; a function can have at most %1. Remove %2 or combine them into one JSON secret.</source>
        <extracomment>%n is the number of secrets, %1 the limit, %2 how many to remove.</extracomment>
        <translation>
            <numerusform>Es gibt %n Geheimnis; eine Funktion kann höchstens %1 haben. Entfernen Sie %2 oder fassen Sie die Geheimnisse in einem JSON-Geheimnis zusammen.</numerusform>
            <numerusform>Es gibt %n Geheimnisse; eine Funktion kann höchstens %1 haben. Entfernen Sie %2 oder fassen Sie die Geheimnisse in einem JSON-Geheimnis zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret has an empty key; give every secret a name.</source>
        <translation>Ein Geheimnis hat einen leeren Schlüssel; geben Sie jedem Geheimnis einen Namen.</translation>
    </message>
    <message>
        <source>Secret key &quot;%1&quot; may only contain lower-case letters (a-z), digits and &apos;-&apos;. Rename it, e.g. &quot;%2&quot;.</source>
        <translation>Der Geheimnisschlüssel &quot;%1&quot; darf nur Kleinbuchstaben (a-z), Ziffern und &apos;-&apos; enthalten. Benennen Sie ihn um, z. B. in &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Secret key &quot;%1&quot; is %n characters long; secret keys may be at most %2 characters.</source>
        <extracomment>%1 is the key, %n its length in characters, %2 the limit.</extracomment>
        <translation>
            <numerusform>Der Geheimnisschlüssel &quot;%1&quot; ist %n Zeichen lang; Geheimnisschlüssel dürfen höchstens %2 Zeichen lang sein.</numerusform>
            <numerusform>Der Geheimnisschlüssel &quot;%1&quot; ist %n Zeichen lang; Geheimnisschlüssel dürfen höchstens %2 Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; has an empty value; the handler will receive an empty string.</source>
        <translation>Das Geheimnis &quot;%1&quot; hat einen leeren Wert; der Handler erhält eine leere Zeichenkette.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n environment variables; the limit is %1.</source>
        <translation>
            <numerusform>Es gibt %n Umgebungsvariable; zulässig sind höchstens %1.</numerusform>
            <numerusform>Es gibt %n Umgebungsvariablen; zulässig sind höchstens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment variable has an empty name.</source>
        <translation>Eine Umgebungsvariable hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>Environment variable name &quot;%1&quot; may only contain letters, digits and &apos;_&apos;. Rename it, e.g. &quot;%2&quot;.</source>
        <translation>Der Name der Umgebungsvariable &quot;%1&quot; darf nur Buchstaben, Ziffern und &apos;_&apos; enthalten. Benennen Sie sie um, z. B. in &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata has %n key-value pairs; the limit is %1.</source>
        <translation>
            <numerusform>Die Metadaten haben %n Schlüssel-Wert-Paar; zulässig sind höchstens %1.</numerusform>
            <numerusform>Die Metadaten haben %n Schlüssel-Wert-Paare; zulässig sind höchstens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A metadata entry has an empty key.</source>
        <translation>Ein Metadateneintrag hat einen leeren Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata key &quot;%1&quot; is %n characters long; keys may be at most %2.</source>
        <extracomment>%1 is the key, %n its length in characters, %2 the limit.</extracomment>
        <translation>
            <numerusform>Der Metadatenschlüssel &quot;%1&quot; ist %n Zeichen lang; Schlüssel dürfen höchstens %2 Zeichen lang sein.</numerusform>
            <numerusform>Der Metadatenschlüssel &quot;%1&quot; ist %n Zeichen lang; Schlüssel dürfen höchstens %2 Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value of metadata key &quot;%1&quot; is %n characters long; values may be at most %2.</source>
        <extracomment>%1 is the key, %n the value&apos;s length in characters, %2 the limit.</extracomment>
        <translation>
            <numerusform>Der Wert des Metadatenschlüssels &quot;%1&quot; ist %n Zeichen lang; Werte dürfen höchstens %2 Zeichen lang sein.</numerusform>
            <numerusform>Der Wert des Metadatenschlüssels &quot;%1&quot; ist %n Zeichen lang; Werte dürfen höchstens %2 Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metadata takes %1 bytes in total; the limit is %2 bytes. Shorten keys or values.</source>
        <translation>Die Metadaten belegen insgesamt %1 Bytes; zulässig sind höchstens %2 Bytes. Kürzen Sie Schlüssel oder Werte.</translation>
    </message>
    <message>
        <source>Metadata takes %1 bytes in total. CDF documents both 512 and 4096 bytes as the limit; some projects may reject more than 512.</source>
        <translation>Die Metadaten belegen insgesamt %1 Bytes. CDF dokumentiert sowohl 512 als auch 4096 Bytes als Grenze; manche Projekte lehnen möglicherweise mehr als 512 ab.</translation>
    </message>
    <message>
        <source>CPU must be a positive number of cores, e.g. 0.25.</source>
        <translation>CPU muss eine positive Anzahl von Kernen sein, z. B. 0,25.</translation>
    </message>
    <message>
        <source>CPU %1 is outside this project&apos;s limits: choose from %2 to %3 cores (default %4).</source>
        <extracomment>%1 is the value given, %2 to %3 the project&apos;s range, %4 the default.</extracomment>
        <translation>CPU %1 liegt außerhalb der Limits dieses Projekts: Wählen Sie %2 bis %3 Kerne (Standard %4).</translation>
    </message>
    <message>
        <source>Memory must be a positive number of GB, e.g. 1.5.</source>
        <translation>Der Arbeitsspeicher muss eine positive Anzahl GB sein, z. B. 1,5.</translation>
    </message>
    <message>
        <source>Memory %1 GB is outside this project&apos;s limits: choose from %2 to %3 GB (default %4).</source>
        <extracomment>%1 is the value given, %2 to %3 the project&apos;s range, %4 the default.</extracomment>
        <translation>Arbeitsspeicher %1 GB liegt außerhalb der Limits dieses Projekts: Wählen Sie %2 bis %3 GB (Standard %4).</translation>
    </message>
    <message>
        <source>Runtime &quot;%1&quot; is not available in this project; choose one of %2.</source>
        <translation>Die Laufzeitumgebung &quot;%1&quot; ist in diesem Projekt nicht verfügbar; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Runtime &quot;%1&quot; is not a Python runtime name; write it like &quot;py311&quot;.</source>
        <translation>&quot;%1&quot; ist kein gültiger Name einer Python-Laufzeitumgebung; schreiben Sie ihn in der Form &quot;py311&quot;.</translation>
    </message>
    <message>
        <source>Schedule name is required (at most 140 characters).</source>
        <translation>Der Name des Zeitplans ist erforderlich (höchstens 140 Zeichen).</translation>
    </message>
    <message>
        <source>Cron expression &quot;%1&quot;: %2 in the %3 field at column %4.</source>
        <extracomment>%1 is the expression, %2 what is wrong with it, %3 the field&apos;s name (e.g. &quot;minute&quot;), %4 a column number.</extracomment>
        <translation>Cron-Ausdruck &quot;%1&quot;: %2 im Feld „%3“ in Spalte %4.</translation>
    </message>
    <message>
        <source>The function has no code file: upload the zip first and use its file id.</source>
        <translation>Die Funktion hat keine Codedatei: Laden Sie zuerst die ZIP-Datei hoch und verwenden Sie deren Datei-ID.</translation>
    </message>
    <message>
        <source>Package index URL is not a valid http(s) URL, e.g. https://pypi.example.com/simple.</source>
        <translation>Die Paketindex-URL ist keine gültige http(s)-URL; geben Sie eine URL wie https://pypi.example.com/simple an.</translation>
    </message>
    <message>
        <source>Choose the function the schedule calls.</source>
        <translation>Wählen Sie die Funktion, die der Zeitplan aufruft.</translation>
    </message>
    <message>
        <source>Give either the function&apos;s id or its external id, not both.</source>
        <translation>Geben Sie entweder die ID oder die externe ID der Funktion an, nicht beides.</translation>
    </message>
    <message>
        <source>A schedule with credentials (a session nonce) must name its function by id, not external id.</source>
        <translation>Ein Zeitplan mit Anmeldedaten (einer Sitzungs-Nonce) muss seine Funktion per ID angeben, nicht per externer ID.</translation>
    </message>
    <message>
        <source>The call input is %1 as JSON; this project accepts at most %2. Pass a reference (e.g. a file id) instead of the data itself.</source>
        <extracomment>%1 and %2 are sizes, e.g. &quot;12.5 kB&quot;.</extracomment>
        <translation>Die Eingabe des Aufrufs ist als JSON %1 groß; dieses Projekt akzeptiert höchstens %2. Übergeben Sie einen Verweis (z. B. eine Datei-ID) statt der Daten selbst.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::AboutDialog</name>
    <message>
        <source>Functions Studio %1</source>
        <translation>Functions Studio %1</translation>
    </message>
    <message>
        <source>A native desktop tool to build, deploy, call and schedule Cognite Data Fusion Functions, with a local emulator that really runs the Python handlers.

It is built with these libraries:</source>
        <translation>Ein natives Desktop-Werkzeug zum Erstellen, Bereitstellen, Aufrufen und zeitgesteuerten Ausführen von Cognite Data Fusion Functions – mit einem lokalen Emulator, der die Python-Handler tatsächlich ausführt.

Es basiert auf diesen Bibliotheken:</translation>
    </message>
    <message>
        <source>LGPL-3.0-only (Qt Charts and Qt HTTP Server: GPL-3.0-only)</source>
        <translation>LGPL-3.0-only (Qt Charts und Qt HTTP Server: GPL-3.0-only)</translation>
    </message>
    <message>
        <source>LGPL-2.1-or-later with a static linking exception</source>
        <translation>LGPL-2.1-or-later mit Ausnahme für statisches Linken</translation>
    </message>
    <message>
        <source>the system&apos;s python3</source>
        <translation>python3 des Systems</translation>
    </message>
    <message>
        <source>PSF-2.0 (runs handlers; not linked)</source>
        <translation>PSF-2.0 (führt Handler aus; nicht gelinkt)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::Actions</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Connect to another CDF project</source>
        <translation>Mit einem weiteren CDF-Projekt verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Change how this profile signs in</source>
        <translation>Ändern, wie sich dieses Profil anmeldet</translation>
    </message>
    <message>
        <source>&amp;Remove Profile…</source>
        <translation>Profil ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets from the keychain</source>
        <translation>Dieses Profil und seine Geheimnisse aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Deploy, call and schedule a demo function on the local emulator, step by step</source>
        <translation>Eine Demofunktion im lokalen Emulator Schritt für Schritt bereitstellen, aufrufen und zeitlich planen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command that has a shortcut</source>
        <translation>Alle Befehle mit Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Functions Studio</source>
        <translation>Ü&amp;ber Functions Studio</translation>
    </message>
    <message>
        <source>Version, libraries and licenses</source>
        <translation>Version, Bibliotheken und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, refresh interval, notifications, schedule time zone, log font</source>
        <translation>Design, Aktualisierungsintervall, Benachrichtigungen, Zeitzone für Zeitpläne, Protokollschrift</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the id of the selected item</source>
        <translation>Die ID des ausgewählten Elements kopieren</translation>
    </message>
    <message>
        <source>Copy E&amp;xternal Id</source>
        <translation>E&amp;xterne ID kopieren</translation>
    </message>
    <message>
        <source>Copy the external id of the selected function</source>
        <translation>Die externe ID der ausgewählten Funktion kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected functions or schedules</source>
        <translation>Die ausgewählten Funktionen oder Zeitpläne löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation>In der aktuellen Ansicht suchen</translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation>&amp;Funktionen</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Aufrufe</translation>
    </message>
    <message>
        <source>Calls of the selected function</source>
        <translation>Aufrufe der ausgewählten Funktion</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Deploy a function from a folder, a zip or a Python file</source>
        <translation>Eine Funktion aus einem Ordner, einer ZIP-Datei oder einer Python-Datei bereitstellen</translation>
    </message>
    <message>
        <source>Deploy &amp;New Version…</source>
        <translation>&amp;Neue Version bereitstellen…</translation>
    </message>
    <message>
        <source>Replace the selected function with new code, keeping its schedules</source>
        <translation>Die ausgewählte Funktion durch neuen Code ersetzen; ihre Zeitpläne bleiben erhalten</translation>
    </message>
    <message>
        <source>C&amp;all…</source>
        <translation>&amp;Aufrufen…</translation>
    </message>
    <message>
        <source>Call the selected function with JSON input and follow its logs</source>
        <translation>Die ausgewählte Funktion mit einer JSON-Eingabe aufrufen und ihre Protokolle verfolgen</translation>
    </message>
    <message>
        <source>New &amp;Schedule…</source>
        <translation>Neuer &amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Run a function on a schedule, with a form for the times</source>
        <translation>Eine Funktion nach Zeitplan ausführen, mit einem Formular für die Zeiten</translation>
    </message>
    <message>
        <source>&amp;Edit Schedule…</source>
        <translation>Zeitplan b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Change the selected schedule (CDF makes a new one and deletes the old one)</source>
        <translation>Den ausgewählten Zeitplan ändern (CDF legt einen neuen an und löscht den alten)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Schedule…</source>
        <translation>Zeitplan d&amp;uplizieren…</translation>
    </message>
    <message>
        <source>A new schedule like the selected one</source>
        <translation>Ein neuer Zeitplan wie der ausgewählte</translation>
    </message>
    <message>
        <source>&amp;Week View</source>
        <translation>&amp;Wochenansicht</translation>
    </message>
    <message>
        <source>Every schedule of the project on a 7-day timeline in local time</source>
        <translation>Alle Zeitpläne des Projekts auf einer 7-Tage-Zeitleiste in Ortszeit</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me when a call or a deploy I started ends while I am in another window</source>
        <translation>Benachrichtigen, wenn ein von Ihnen gestarteter Aufruf oder eine Bereitstellung endet, während Sie in einem anderen Fenster sind</translation>
    </message>
    <message>
        <source>&amp;Promote to Another Project…</source>
        <translation>In anderes &amp;Projekt übertragen…</translation>
    </message>
    <message>
        <source>Deploy the selected function, with its settings and schedules, to the project of another profile</source>
        <translation>Die ausgewählte Funktion samt Einstellungen und Zeitplänen im Projekt eines anderen Profils bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Open Response and Logs</source>
        <translation>Antwort und Protokolle ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected call</source>
        <translation>Den ausgewählten Aufruf öffnen</translation>
    </message>
    <message>
        <source>View &amp;Input Data</source>
        <translation>E&amp;ingabedaten anzeigen</translation>
    </message>
    <message>
        <source>Show the input data of the selected schedule</source>
        <translation>Die Eingabedaten des ausgewählten Zeitplans anzeigen</translation>
    </message>
    <message>
        <source>Request Functions Ac&amp;tivation</source>
        <translation>Functions-Akti&amp;vierung anfordern</translation>
    </message>
    <message>
        <source>Ask CDF to activate Functions for this project</source>
        <translation>CDF bitten, Functions für dieses Projekt zu aktivieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Call the selected schedule&apos;s function now, with the schedule&apos;s input data</source>
        <translation>Die Funktion des gewählten Zeitplans jetzt mit seinen Eingabedaten aufrufen</translation>
    </message>
    <message>
        <source>E&amp;xport as Toolkit Module…</source>
        <translation>Als Toolkit-Modul e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected function, its schedules and its code as the files of a Cognite Toolkit module</source>
        <translation>Die gewählte Funktion, ihre Zeitpläne und ihren Code als Dateien eines Cognite-Toolkit-Moduls schreiben</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>Calls, failures and durations of every function over a window</source>
        <translation>Aufrufe, Fehler und Laufzeiten aller Funktionen über einen Zeitraum</translation>
    </message>
    <message>
        <source>Search C&amp;alls…</source>
        <translation>Aufrufe d&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Search the logs of many calls at once</source>
        <translation>Die Logs vieler Aufrufe auf einmal durchsuchen</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ActivationBanner</name>
    <message>
        <source>Activation of Functions was requested for project %1. It can take a while (hours on CDF); this view refreshes by itself.</source>
        <translation>Die Aktivierung von Functions wurde für das Projekt %1 angefordert. Das kann eine Weile dauern (bei CDF Stunden); diese Ansicht aktualisiert sich selbst.</translation>
    </message>
    <message>
        <source>Functions is not activated for project %1 (status: %2). Functions cannot be deployed until it is.</source>
        <translation>Functions ist für das Projekt %1 nicht aktiviert (Status: %2). Bis dahin können keine Funktionen bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>Aufruf %1</translation>
    </message>
    <message>
        <source>Call %1 (version %2)</source>
        <translation>Aufruf %1 (Version %2)</translation>
    </message>
    <message>
        <source>This call ran on version %1 of the function (function %2), which a redeploy replaced: CDF deleted the call&apos;s response and log with it. What is shown was kept on this machine.</source>
        <translation>Dieser Aufruf lief auf Version %1 der Funktion (Funktion %2), die eine erneute Bereitstellung ersetzt hat: CDF hat Antwort und Log des Aufrufs mit ihr gelöscht. Was angezeigt wird, wurde auf diesem Rechner aufbewahrt.</translation>
    </message>
    <message>
        <source>No search read its log while it was there.</source>
        <translation>Keine Suche hat sein Log gelesen, solange es vorhanden war.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallPage</name>
    <message>
        <source>Call &amp;Panels</source>
        <translation>Aufruf&amp;bereiche</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Aufruf %1</translation>
    </message>
    <message>
        <source>Call %1 took %2.</source>
        <translation>Aufruf %1 dauerte %2.</translation>
    </message>
    <message>
        <source>Open in Own Window</source>
        <translation>In eigenem Fenster öffnen</translation>
    </message>
    <message>
        <source>Moves this call panel into a window of its own, for a second screen.</source>
        <translation>Verschiebt dieses Aufrufpanel in ein eigenes Fenster, etwa für einen zweiten Bildschirm.</translation>
    </message>
    <message>
        <source>Call: %1 — %2</source>
        <translation>Aufruf: %1 — %2</translation>
    </message>
    <message>
        <source>Back into the Main Window</source>
        <translation>Zurück ins Hauptfenster</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallPanel</name>
    <message>
        <source>Recent inputs (type to search)</source>
        <translation>Letzte Eingaben (tippen zum Suchen)</translation>
    </message>
    <message>
        <source>Save the input</source>
        <translation>Eingabe speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete the saved input?</source>
        <translation>Gespeicherte Eingabe löschen?</translation>
    </message>
    <message>
        <source>Delete the saved input &quot;%1&quot;?</source>
        <translation>Die gespeicherte Eingabe &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <source>Saved inputs</source>
        <translation>Gespeicherte Eingaben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the schedule&apos;s input data: %1</source>
        <translation>Die Eingabedaten des Zeitplans konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the input is far larger than this project&apos;s limit of %1</source>
        <translation>die Eingabe ist weit größer als das Limit dieses Projekts von %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 von höchstens %2</translation>
    </message>
    <message>
        <source>%1 looks like a secret. A call&apos;s input is stored with the call, and anyone who can read the function&apos;s calls can read it: pass secrets to the function as secrets instead. This input is not kept in the recent inputs on this computer.</source>
        <translation>%1 sieht wie ein Geheimnis aus. Die Eingabe eines Aufrufs wird mit dem Aufruf gespeichert, und jeder, der die Aufrufe der Funktion lesen darf, kann sie lesen: Übergeben Sie Geheimnisse stattdessen als Geheimnisse der Funktion. Diese Eingabe wird nicht in den letzten Eingaben auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Not connected to the project: choose its profile in the main window.</source>
        <translation>Nicht mit dem Projekt verbunden: Wählen Sie sein Profil im Hauptfenster.</translation>
    </message>
    <message>
        <source>The call was not made: %1</source>
        <translation>Der Aufruf wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>called from Functions Studio</source>
        <translation>aus Functions Studio aufgerufen</translation>
    </message>
    <message>
        <source>Calling is off: %1. The input and the calls above are kept.</source>
        <translation>Aufrufen ist nicht mehr möglich: %1. Die Eingabe und die Aufrufe oben bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Aufruf %1</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallSearchWindow</name>
    <message>
        <source>Search Calls</source>
        <translation>Aufrufe durchsuchen</translation>
    </message>
    <message>
        <source>Text in the logs, e.g. Traceback</source>
        <translation>Text in den Logs, z. B. Traceback</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Fin&amp;den:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Aufrufe</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The logs of call %1 could not be read: %2</source>
        <translation>Die Logs von Aufruf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>Type what to look for in the logs.</source>
        <translation>Geben Sie ein, wonach in den Logs gesucht werden soll.</translation>
    </message>
    <message>
        <source>Not a regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>%1, call %2, line %3</source>
        <translation>%1, Aufruf %2, Zeile %3</translation>
    </message>
    <message>
        <source>Reading the calls of the window…</source>
        <translation>Die Aufrufe des Zeitraums werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) searched (%2 from the cache): %3 hit(s)</source>
        <translation>
            <numerusform>%1 von %n Aufruf durchsucht (%2 aus dem Cache): %3 Treffer</numerusform>
            <numerusform>%1 von %n Aufrufen durchsucht (%2 aus dem Cache): %3 Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source> — stopped at the first %1 hits</source>
        <translation> — nach den ersten %1 Treffern angehalten</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Angehalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source> — the logs of %n call(s) could not be read</source>
        <translation>
            <numerusform> — die Logs von %n Aufruf konnten nicht gelesen werden</numerusform>
            <numerusform> — die Logs von %n Aufrufen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the calls of %n function(s) were read for only part of the window</source>
        <translation>
            <numerusform> — die Aufrufe von %n Funktion wurden nur für einen Teil des Zeitraums gelesen</numerusform>
            <numerusform> — die Aufrufe von %n Funktionen wurden nur für einen Teil des Zeitraums gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallSignIn</name>
    <message>
        <source>Sign the call in &amp;with</source>
        <translation>Anmel&amp;dung des Aufrufs</translation>
    </message>
    <message>
        <source>this profile&apos;s session</source>
        <translation>der Sitzung dieses Profils</translation>
    </message>
    <message>
        <source>a one-shot session (no token exchange needed)</source>
        <translation>einer Einmal-Sitzung (ohne Token-Austausch)</translation>
    </message>
    <message>
        <source>a nonce you have</source>
        <translation>einer vorhandenen Nonce</translation>
    </message>
    <message>
        <source>other client credentials</source>
        <translation>anderen Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>A one-shot session works where the identity provider has no token exchange; it is not refreshed, which is fine for one call.</source>
        <translation>Eine Einmal-Sitzung funktioniert, wo der Identitätsanbieter keinen Token-Austausch kennt; sie wird nicht erneuert, was für einen Aufruf genügt.</translation>
    </message>
    <message>
        <source>nonce (used once)</source>
        <translation>Nonce (einmal verwendbar)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Paste the nonce to sign the call in with, or choose another way.</source>
        <translation>Fügen Sie die Nonce ein, mit der sich der Aufruf anmeldet, oder wählen Sie einen anderen Weg.</translation>
    </message>
    <message>
        <source>Give the client id and the client secret to sign the call in with, or choose another way.</source>
        <translation>Geben Sie Client-ID und Client-Geheimnis an, mit denen sich der Aufruf anmeldet, oder wählen Sie einen anderen Weg.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallView</name>
    <message>
        <source>Save the response</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The response was not saved</source>
        <translation>Die Antwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Logs (following live while the call runs)</source>
        <translation>Protokolle (live verfolgt, solange der Aufruf läuft)</translation>
    </message>
    <message>
        <source>Logs — the call printed nothing</source>
        <translation>Protokolle — der Aufruf hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>Logs (this project returns a call&apos;s logs only when it has ended)</source>
        <translation>Protokolle (dieses Projekt liefert die Protokolle eines Aufrufs erst nach dessen Ende)</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>die Verbindung zum Projekt wurde geschlossen</translation>
    </message>
    <message>
        <source>Stopped following: %1. The lines above are kept; reopen the call to follow it again.</source>
        <translation>Verfolgung beendet: %1. Die Zeilen oben bleiben erhalten; öffnen Sie den Aufruf erneut, um ihn wieder zu verfolgen.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Aufruf %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>The call timed out.</source>
        <translation>Beim Aufruf ist eine Zeitüberschreitung aufgetreten.</translation>
    </message>
    <message>
        <source>Error and trace</source>
        <translation>Fehler und Traceback</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>(the call is still running)</source>
        <translation>(der Aufruf läuft noch)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 so far, %2 left of the %3-minute limit</source>
        <translation>%1 bisher, %2 übrig vom Limit von %3 Minuten</translation>
    </message>
    <message>
        <source>%1 of %2 GB memory used</source>
        <extracomment>%1 is the peak memory (&quot;41.2 MB&quot;), %2 the function&apos;s memory setting in GB (&quot;1.5&quot;).</extracomment>
        <translation>%1 von %2 GB Speicher belegt</translation>
    </message>
    <message>
        <source>%1 memory used</source>
        <translation>%1 Speicher belegt</translation>
    </message>
    <message>
        <source>cold start (a new process imported the handler)</source>
        <translation>Kaltstart (ein neuer Prozess hat den Handler importiert)</translation>
    </message>
    <message>
        <source>warm start</source>
        <translation>Warmstart</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsChart</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No calls to chart</source>
        <translation>Keine Aufrufe für das Diagramm</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsModel</name>
    <message>
        <source>Call id</source>
        <translation>Aufruf-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Zeitplan %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version %1 (function %2), replaced by a redeploy: kept on this machine, CDF deleted it with its function.</source>
        <translation>Version %1 (Funktion %2), durch eine erneute Bereitstellung ersetzt: auf diesem Rechner aufbewahrt, CDF hat ihn mit seiner Funktion gelöscht.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>v%1 (replaced)</source>
        <translation>v%1 (ersetzt)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsPage</name>
    <message>
        <source>Select a function to see its calls.</source>
        <translation>Wählen Sie eine Funktion aus, um ihre Aufrufe zu sehen.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Calls of %1</source>
        <translation>Aufrufe von %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>%1 calls loaded, more on scroll</source>
        <translation>%1 Aufrufe geladen, weitere beim Scrollen</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Aufruf</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Aufrufe</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CodeDrift</name>
    <message>
        <source>Same as %1</source>
        <translation>Identisch mit %1</translation>
    </message>
    <message>
        <source>Changed in %1</source>
        <translation>Geändert in %1</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <source>Folder gone</source>
        <translation>Ordner fehlt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployChecks</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1. That is large for a function: uploads and cold starts get slow. Leave data out with a .functionignore file.</source>
        <translation>
            <numerusform>%n Datei, %1. Das ist groß für eine Funktion: Hochladen und Kaltstarts werden langsam. Schließen Sie Daten mit einer .functionignore-Datei aus.</numerusform>
            <numerusform>%n Dateien, %1. Das ist groß für eine Funktion: Hochladen und Kaltstarts werden langsam. Schließen Sie Daten mit einer .functionignore-Datei aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n Datei, %1.</numerusform>
            <numerusform>%n Dateien, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials?</source>
        <translation>Anmeldedaten?</translation>
    </message>
    <message>
        <source>%1: %2 Leave it out with a .functionignore entry and pass secrets as secrets instead.</source>
        <translation>%1: %2 Schließen Sie die Datei mit einem Eintrag in .functionignore aus und übergeben Sie Geheimnisse stattdessen als Geheimnisse der Funktion.</translation>
    </message>
    <message>
        <source>%1 is %2; a handler file that large is not read. Keep handle() in a small module.</source>
        <translation>%1 ist %2 groß; eine so große Handler-Datei wird nicht gelesen. Legen Sie handle() in ein kleines Modul.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>handle(%1) at %2, line %3.</source>
        <translation>handle(%1) in %2, Zeile %3.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Runtime %1, %2 CPU, %3 GB memory.</source>
        <translation>Laufzeitumgebung %1, %2 CPU, %3 GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Not checked against a project: the external id, the limits, the data set and your access are checked when you deploy (or give a profile).</source>
        <translation>Nicht gegen ein Projekt geprüft: externe ID, Grenzen, Datensatz und Ihr Zugriff werden bei der Bereitstellung geprüft (oder geben Sie ein Profil an).</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Not connected to a project: choose a profile in the main window first.</source>
        <translation>Nicht mit einem Projekt verbunden: Wählen Sie zuerst im Hauptfenster ein Profil.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value here: the environment variable %2 is not set. cdf deploy reads it from there; the app&apos;s deploy wizard asks for it.</source>
        <translation>Das Geheimnis „%1“ hat hier keinen Wert: die Umgebungsvariable %2 ist nicht gesetzt. cdf deploy liest es von dort; der Bereitstellungsassistent der App fragt danach.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value: the function would get an empty one.</source>
        <translation>Das Geheimnis „%1“ hat keinen Wert: die Funktion bekäme einen leeren.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value: the function gets an empty one. Type its value on the Secrets tab.</source>
        <translation>Das Geheimnis &quot;%1&quot; hat keinen Wert: Die Funktion erhält einen leeren. Geben Sie den Wert auf der Registerkarte „Geheimnisse“ ein.</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>%1 already has a function named &quot;%2&quot; (function %3). Without an external id nothing ties the two together, so this makes a second one. Give the function an external id to promote it as a new version next time.</source>
        <translation>%1 hat bereits eine Funktion namens &quot;%2&quot; (Funktion %3). Ohne externe ID verbindet nichts die beiden, daher entsteht eine zweite. Geben Sie der Funktion eine externe ID, damit sie beim nächsten Mal als neue Version übertragen wird.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>your current sign-in (token exchange)</source>
        <translation>Ihrer aktuellen Anmeldung (Token-Austausch)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 already has function %2 (&quot;%3&quot;): it is replaced by a new version with the code and settings from %4, and keeps its own schedules. The schedules of %4 are not copied.</source>
        <translation>%1 hat bereits die Funktion %2 (&quot;%3&quot;): Sie wird durch eine neue Version mit dem Code und den Einstellungen aus %4 ersetzt und behält ihre eigenen Zeitpläne. Die Zeitpläne aus %4 werden nicht kopiert.</translation>
    </message>
    <message>
        <source>A new function in %1 with the code and settings of %2 from %3; it has no schedules.</source>
        <translation>Eine neue Funktion in %1 mit dem Code und den Einstellungen von %2 aus %3; sie hat keine Zeitpläne.</translation>
    </message>
    <message numerus="yes">
        <source>A new function in %1 with the code and settings of %2 from %3, and %n schedule(s) signed in with %4: %5</source>
        <translation>
            <numerusform>Eine neue Funktion in %1 mit dem Code und den Einstellungen von %2 aus %3 sowie %n Zeitplan, angemeldet mit %4: %5</numerusform>
            <numerusform>Eine neue Funktion in %1 mit dem Code und den Einstellungen von %2 aus %3 sowie %n Zeitplänen, angemeldet mit %4: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Toolkit files</source>
        <translation>Toolkit-Dateien</translation>
    </message>
    <message>
        <source>%1 read; every value is filled in.</source>
        <translation>%1 gelesen; jeder Wert ist gefüllt.</translation>
    </message>
    <message>
        <source>%1 read with the variables of config.%2.yaml; every value is filled in.</source>
        <translation>%1 mit den Variablen von config.%2.yaml gelesen; jeder Wert ist gefüllt.</translation>
    </message>
    <message>
        <source>config.%1.yaml is for the project %2, and this deploys to %3: choose the environment for %3 on the Settings page.</source>
        <translation>config.%1.yaml gehört zum Projekt %2, bereitgestellt wird aber in %3: wählen Sie auf der Seite Einstellungen die Umgebung für %3.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Looking up the data set &quot;%1&quot;…</source>
        <translation>Datensatz „%1“ wird gesucht…</translation>
    </message>
    <message>
        <source>The code file goes into the data set &quot;%1&quot; (id %2).</source>
        <translation>Die Code-Datei kommt in den Datensatz „%1“ (ID %2).</translation>
    </message>
    <message>
        <source>%1 has no data set with the external id &quot;%2&quot;. Create it in CDF (Data sets), or name another one (dataSetExternalId in the Toolkit file, or the code file&apos;s data set on the Settings page).</source>
        <translation>%1 hat keinen Datensatz mit der externen ID „%2“. Legen Sie ihn in CDF an (Datensätze) oder nennen Sie einen anderen (dataSetExternalId in der Toolkit-Datei oder den Datensatz der Code-Datei auf der Seite Einstellungen).</translation>
    </message>
    <message>
        <source>Your sign-in may not read data sets, so &quot;%1&quot; cannot be looked up (%2). Ask for datasets:read, or give the data set&apos;s numeric id on the Settings page.</source>
        <translation>Ihre Anmeldung darf keine Datensätze lesen, daher kann „%1“ nicht gesucht werden (%2). Fragen Sie nach datasets:read oder geben Sie auf der Seite Einstellungen die numerische ID des Datensatzes an.</translation>
    </message>
    <message>
        <source>Could not look up the data set &quot;%1&quot;: %2</source>
        <translation>Der Datensatz „%1“ konnte nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Hashing the code…</source>
        <translation>Hash des Codes wird berechnet…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing changed: the code is the same as the deployed version&apos;s (%1). A new version only changes the settings.</source>
        <translation>Keine Änderung: Der Code ist identisch mit dem der bereitgestellten Version (%1). Eine neue Version ändert nur die Einstellungen.</translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s; comparing the files…</source>
        <translation>Der Code unterscheidet sich von dem der bereitgestellten Version; die Dateien werden verglichen…</translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s: %1</source>
        <translation>Der Code unterscheidet sich von dem der bereitgestellten Version: %1</translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s.</source>
        <translation>Der Code unterscheidet sich von dem der bereitgestellten Version.</translation>
    </message>
    <message>
        <source>Code %1: the Toolkit&apos;s hash of the folder, kept in the function&apos;s metadata as cognite-toolkit-hash (as cdf deploy keeps it), so the next cdf deploy finds the code unchanged.</source>
        <translation>Code %1: der Toolkit-Hash des Ordners, in den Metadaten der Funktion als cognite-toolkit-hash gespeichert (wie cdf deploy es tut), damit das nächste cdf deploy den Code unverändert findet.</translation>
    </message>
    <message>
        <source>Code %1; kept in the function&apos;s metadata to tell later whether the folder changed.</source>
        <translation>Code %1; wird in den Metadaten der Funktion gespeichert, um später erkennen zu können, ob sich der Ordner geändert hat.</translation>
    </message>
    <message>
        <source>Code %1. The metadata has no room for its hash (at most %2 pairs): later deploys cannot tell whether the folder changed.</source>
        <translation>Code %1. In den Metadaten ist kein Platz für seinen Hash (höchstens %2 Paare): spätere Deploys können nicht erkennen, ob sich der Ordner geändert hat.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Reading the schedules that will move to the new version…</source>
        <translation>Die Zeitpläne, die auf die neue Version übergehen, werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the schedules (%1); the redeploy reads them again.</source>
        <translation>Die Zeitpläne konnten nicht gelesen werden (%1); die erneute Bereitstellung liest sie noch einmal.</translation>
    </message>
    <message>
        <source>The function has no schedules.</source>
        <translation>Die Funktion hat keine Zeitpläne.</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) will be made again on the new version, with their input data, signed in with %1: %2</source>
        <translation>
            <numerusform>%n Zeitplan wird für die neue Version mit seinen Eingabedaten neu angelegt, angemeldet mit %1: %2</numerusform>
            <numerusform>%n Zeitpläne werden für die neue Version mit ihren Eingabedaten neu angelegt, angemeldet mit %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Checking that &quot;%1&quot; is free…</source>
        <translation>Es wird geprüft, ob &quot;%1&quot; frei ist…</translation>
    </message>
    <message>
        <source>Could not check the external id: %1</source>
        <translation>Die externe ID konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Function %1 (&quot;%2&quot;) already has the external id &quot;%3&quot;. Choose another external id, or use &quot;Deploy new version…&quot; on that function.</source>
        <translation>Funktion %1 (&quot;%2&quot;) hat bereits die externe ID &quot;%3&quot;. Wählen Sie eine andere externe ID oder verwenden Sie für diese Funktion „Neue Version bereitstellen…“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is free.</source>
        <translation>&quot;%1&quot; ist frei.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Checking what your sign-in may do…</source>
        <translation>Es wird geprüft, was Ihre Anmeldung darf…</translation>
    </message>
    <message>
        <source>Could not read what your sign-in may do (%1); the deploy will tell.</source>
        <translation>Es konnte nicht gelesen werden, was Ihre Anmeldung darf (%1); die Bereitstellung wird es zeigen.</translation>
    </message>
    <message>
        <source>%1 may deploy, call and schedule functions.</source>
        <translation>%1 darf Funktionen bereitstellen, aufrufen und zeitlich planen.</translation>
    </message>
    <message>
        <source>Python files</source>
        <translation>Python-Dateien</translation>
    </message>
    <message>
        <source>No local Python found, so the files were not parsed here; CDF will parse them.</source>
        <translation>Kein lokales Python gefunden, daher wurden die Dateien hier nicht geparst; CDF wird sie parsen.</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %n Python file(s)…</source>
        <translation>
            <numerusform>%n Python-Datei wird geparst…</numerusform>
            <numerusform>%n Python-Dateien werden geparst…</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Reading requirements.txt and resolving it with pip…</source>
        <translation>requirements.txt wird gelesen und mit pip aufgelöst…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Looking for imports CDF&apos;s Python would not find…</source>
        <translation>Suche nach Importen, die CDFs Python nicht fände …</translation>
    </message>
    <message>
        <source>the check stopped with an error</source>
        <translation>die Prüfung brach mit einem Fehler ab</translation>
    </message>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>sie wurde nicht innerhalb von %n Sekunde fertig</numerusform>
            <numerusform>sie wurde nicht innerhalb von %n Sekunden fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be parsed here (%1); CDF will parse them.</source>
        <translation>Die Dateien konnten hier nicht geparst werden (%1); CDF wird sie parsen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>requirements.txt was not checked here; CDF installs it when it deploys.</source>
        <translation>requirements.txt wurde hier nicht geprüft; CDF installiert sie bei der Bereitstellung.</translation>
    </message>
    <message>
        <source>The imports were not checked here.</source>
        <translation>Die Importe wurden hier nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>All %n Python file(s) parse (Python %1).</source>
        <translation>
            <numerusform>Die %n Python-Datei lässt sich parsen (Python %1).</numerusform>
            <numerusform>Alle %n Python-Dateien lassen sich parsen (Python %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) do not parse, so importing them fails in CDF:</source>
        <translation>
            <numerusform>%n Datei lässt sich nicht parsen, daher schlägt ihr Import in CDF fehl:</numerusform>
            <numerusform>%n Dateien lassen sich nicht parsen, daher schlägt ihr Import in CDF fehl:</numerusform>
        </translation>
    </message>
    <message>
        <source>requirements.txt, line %1 (%2): %3</source>
        <translation>requirements.txt, Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>requirements.txt: %1</source>
        <translation>requirements.txt: %1</translation>
    </message>
    <message>
        <source>pip would refuse this file, so the deploy would fail in CDF.</source>
        <translation>pip würde diese Datei ablehnen, daher würde die Bereitstellung in CDF fehlschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) resolve with pip (Python %1%2): %3</source>
        <translation>
            <numerusform>%n Abhängigkeit lässt sich mit pip auflösen (Python %1%2): %3</numerusform>
            <numerusform>%n Abhängigkeiten lassen sich mit pip auflösen (Python %1%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, wheelhouse %1</source>
        <translation>, Wheelhouse %1</translation>
    </message>
    <message>
        <source>nothing to install</source>
        <translation>nichts zu installieren</translation>
    </message>
    <message>
        <source>pip cannot install requirements.txt from wheels%1: %2</source>
        <translation>pip kann requirements.txt nicht aus Wheels installieren%1: %2</translation>
    </message>
    <message>
        <source> from the wheelhouse %1</source>
        <translation> aus dem Wheelhouse %1</translation>
    </message>
    <message>
        <source>A package published only as source is built by CDF; that is not tried here, since building runs its code.</source>
        <translation>Ein nur als Quellcode veröffentlichtes Paket baut CDF; das wird hier nicht versucht, da das Bauen seinen Code ausführt.</translation>
    </message>
    <message>
        <source>Without network access, set a wheelhouse for the local emulator in File ▸ Settings.</source>
        <translation>Ohne Netzwerkzugang legen Sie unter Datei ▸ Einstellungen ein Wheelhouse für den lokalen Emulator fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) read as pip reads them. Not resolved: %1 cannot be reached from this computer (check the proxy setting); CDF resolves them when it deploys.</source>
        <translation>
            <numerusform>%n Abhängigkeit wie von pip gelesen. Nicht aufgelöst: %1 ist von diesem Computer aus nicht erreichbar (prüfen Sie die Proxy-Einstellung); CDF löst sie bei der Bereitstellung auf.</numerusform>
            <numerusform>%n Abhängigkeiten wie von pip gelesen. Nicht aufgelöst: %1 ist von diesem Computer aus nicht erreichbar (prüfen Sie die Proxy-Einstellung); CDF löst sie bei der Bereitstellung auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>pip did not finish resolving requirements.txt within 60 s; CDF resolves it when it deploys.</source>
        <translation>pip hat requirements.txt nicht innerhalb von 60 s aufgelöst; CDF löst sie bei der Bereitstellung auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) read as pip reads them; pip is not available here (%1), so they were not resolved.</source>
        <translation>
            <numerusform>%n Abhängigkeit wie von pip gelesen; pip ist hier nicht verfügbar (%1), daher wurde sie nicht aufgelöst.</numerusform>
            <numerusform>%n Abhängigkeiten wie von pip gelesen; pip ist hier nicht verfügbar (%1), daher wurden sie nicht aufgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Not imported here: fix the files that do not parse first.</source>
        <translation>Hier nicht importiert: Beheben Sie zuerst die Dateien, die sich nicht parsen lassen.</translation>
    </message>
    <message>
        <source>Every import is the standard library, cognite-sdk or one of its dependencies, the package&apos;s own code, or in requirements.txt.</source>
        <translation>Jeder Import ist die Standardbibliothek, cognite-sdk oder eine seiner Abhängigkeiten, eigener Code des Pakets oder steht in requirements.txt.</translation>
    </message>
    <message>
        <source>%1:%2 imports %3</source>
        <extracomment>%1 file, %2 line, %3 the module imported.</extracomment>
        <translation>%1:%2 importiert %3</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) name modules CDF&apos;s Python does not have: it holds the standard library, cognite-sdk and its dependencies, and what requirements.txt lists. In CDF these fail with ModuleNotFoundError (here they may work, because this computer has them): add the package that provides each to requirements.txt.</source>
        <translation>
            <numerusform>%n Import nennt ein Modul, das CDFs Python nicht hat: Es enthält die Standardbibliothek, cognite-sdk mit seinen Abhängigkeiten und was requirements.txt auflistet. In CDF scheitert er mit ModuleNotFoundError (hier kann er funktionieren, weil dieser Computer das Modul hat): Tragen Sie das Paket, das es liefert, in requirements.txt ein.</numerusform>
            <numerusform>%n Importe nennen Module, die CDFs Python nicht hat: Es enthält die Standardbibliothek, cognite-sdk mit seinen Abhängigkeiten und was requirements.txt auflistet. In CDF scheitern sie mit ModuleNotFoundError (hier können sie funktionieren, weil dieser Computer sie hat): Tragen Sie die Pakete, die sie liefern, in requirements.txt ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: give --import to import the handler with a local Python (that runs its top level).</source>
        <translation>Nicht importiert: geben Sie --import an, um den Handler mit einem lokalen Python zu importieren (das führt seine oberste Ebene aus).</translation>
    </message>
    <message>
        <source>Not imported here: importing runs the code on this computer, and this code comes from %1. Tick &quot;Import the handler here&quot; to check it first; CDF imports it either way.</source>
        <translation>Hier nicht importiert: Beim Importieren wird der Code auf diesem Computer ausgeführt, und dieser Code stammt aus %1. Aktivieren Sie „Handler hier importieren“, um ihn vorher zu prüfen; CDF importiert ihn in jedem Fall.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>a zip</source>
        <translation>einer ZIP-Datei</translation>
    </message>
    <message>
        <source>No local Python found, so the handler was not imported here; CDF will import it.</source>
        <translation>Kein lokales Python gefunden, daher wurde der Handler hier nicht importiert; CDF wird ihn importieren.</translation>
    </message>
    <message>
        <source>Importing %1 with %2…</source>
        <translation>%1 wird mit %2 importiert…</translation>
    </message>
    <message>
        <source>%1 imports cleanly.</source>
        <translation>%1 lässt sich fehlerfrei importieren.</translation>
    </message>
    <message>
        <source>Importing it here failed: %1. If that package is in requirements.txt, CDF installs it; otherwise add it there.</source>
        <translation>Der Import ist hier fehlgeschlagen: %1. Steht dieses Paket in requirements.txt, installiert CDF es; andernfalls fügen Sie es dort hinzu.</translation>
    </message>
    <message>
        <source>Importing it here did not finish within 30 s (it may do work at import time).</source>
        <translation>Der Import wurde hier nicht innerhalb von 30 s abgeschlossen (möglicherweise erledigt das Modul schon beim Import Arbeit).</translation>
    </message>
    <message>
        <source>Importing it here failed, and will fail in CDF too:
%1</source>
        <translation>Der Import ist hier fehlgeschlagen und wird auch in CDF fehlschlagen:
%1</translation>
    </message>
    <message>
        <source>No local Python could be started, so the handler was not imported here; CDF will import it.</source>
        <translation>Es konnte kein lokales Python gestartet werden, daher wurde der Handler hier nicht importiert; CDF wird ihn importieren.</translation>
    </message>
    <message numerus="yes">
        <source>The secret &quot;%1&quot; is short (%n character(s)). Like cdf deploy, this deploy keeps a hash of the secrets in the function&apos;s metadata (cdf-toolkit-secret-hash), which anyone who may read functions can see; a short secret can be found from it by trying. Use a long random value.</source>
        <translation>
            <numerusform>Das Geheimnis „%1“ ist kurz (%n Zeichen). Wie cdf deploy legt diese Bereitstellung einen Hash der Geheimnisse in den Metadaten der Funktion ab (cdf-toolkit-secret-hash), den jeder sieht, der Funktionen lesen darf; ein kurzes Geheimnis lässt sich daraus durch Ausprobieren finden. Verwenden Sie einen langen Zufallswert.</numerusform>
            <numerusform>Das Geheimnis „%1“ ist kurz (%n Zeichen). Wie cdf deploy legt diese Bereitstellung einen Hash der Geheimnisse in den Metadaten der Funktion ab (cdf-toolkit-secret-hash), den jeder sieht, der Funktionen lesen darf; ein kurzes Geheimnis lässt sich daraus durch Ausprobieren finden. Verwenden Sie einen langen Zufallswert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code %1. The metadata has no room for the Toolkit&apos;s hashes (at most %2 pairs): the next cdf deploy will find the function changed and replace it.</source>
        <translation>Code %1. In den Metadaten ist kein Platz für die Toolkit-Hashes (höchstens %2 Paare): das nächste cdf deploy findet die Funktion geändert und ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployController</name>
    <message>
        <source>%1 is promoted to %2 and Ready there.</source>
        <translation>%1 wurde nach %2 übertragen und hat dort den Status „Bereit“.</translation>
    </message>
    <message>
        <source>Deployed to %1</source>
        <translation>In %1 bereitgestellt</translation>
    </message>
    <message>
        <source>Deploy to %1 did not finish</source>
        <translation>Bereitstellung in %1 nicht abgeschlossen</translation>
    </message>
    <message>
        <source>There is no other profile to promote to: add the target project&apos;s profile first (File ▸ New Profile…).</source>
        <translation>Es gibt kein anderes Profil als Ziel für die Übertragung: Legen Sie zuerst das Profil des Zielprojekts an (Datei ▸ Neues Profil…).</translation>
    </message>
    <message>
        <source>A deploy wizard is open: close it first, then promote %1.</source>
        <translation>Ein Bereitstellungsassistent ist geöffnet: Schließen Sie ihn zuerst und übertragen Sie dann %1.</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation>Das Profil %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not promote %1: %2</source>
        <translation>%1 konnte nicht übertragen werden: %2</translation>
    </message>
    <message>
        <source>A deploy wizard is open: close it first, then promote again.</source>
        <translation>Ein Bereitstellungsassistent ist geöffnet: Schließen Sie ihn zuerst und übertragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Export %1: the Toolkit module&apos;s functions folder</source>
        <translation>%1 exportieren: der functions-Ordner des Toolkit-Moduls</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Replace the Export?</source>
        <translation>Export ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them with the export of %3? They go to the trash; what else is in the folder stays.</source>
        <translation>%1 enthält bereits %2. Durch den Export von %3 ersetzen? Sie kommen in den Papierkorb; alles andere im Ordner bleibt.</translation>
    </message>
    <message>
        <source>%1 is the folder %2 was deployed from: your working copy there would be replaced by the deployed code.</source>
        <translation>%1 ist der Ordner, aus dem %2 bereitgestellt wurde: Ihre Arbeitskopie dort würde durch den bereitgestellten Code ersetzt.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployPreflightPage</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before deploying: go back and change the settings or the files, then check again.</source>
        <translation>
            <numerusform>%n Fehler muss vor der Bereitstellung behoben werden: Gehen Sie zurück, ändern Sie die Einstellungen oder die Dateien und prüfen Sie dann erneut.</numerusform>
            <numerusform>%n Fehler müssen vor der Bereitstellung behoben werden: Gehen Sie zurück, ändern Sie die Einstellungen oder die Dateien und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). Read them; tick the box below to deploy anyway.</source>
        <translation>
            <numerusform>%n Warnung. Lesen Sie sie; setzen Sie unten das Häkchen, um trotzdem bereitzustellen.</numerusform>
            <numerusform>%n Warnungen. Lesen Sie sie; setzen Sie unten das Häkchen, um trotzdem bereitzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checks out. Deploy when ready.</source>
        <translation>Alles in Ordnung. Stellen Sie bereit, sobald Sie so weit sind.</translation>
    </message>
    <message>
        <source>Changes against the deployed version</source>
        <translation>Änderungen gegenüber der bereitgestellten Version</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(a binary or large file: no line diff)</source>
        <translation>(eine Binär- oder große Datei: kein Zeilenvergleich)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployProgressPage</name>
    <message>
        <source>Cancel the deploy?</source>
        <translation>Bereitstellung abbrechen?</translation>
    </message>
    <message>
        <source>Cancel the deploy? What it has made so far in the project is removed again.</source>
        <translation>Bereitstellung abbrechen? Was sie bisher im Projekt angelegt hat, wird wieder entfernt.</translation>
    </message>
    <message>
        <source>Cancel the deploy</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Deploying a new version of %1</source>
        <translation>Neue Version von %1 wird bereitgestellt</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <translation>%1 wird bereitgestellt</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 (%3/s)</source>
        <translation>%1 von %2 hochgeladen (%3/s)</translation>
    </message>
    <message>
        <source>Zipped %1 of %2</source>
        <translation>%1 von %2 gepackt</translation>
    </message>
    <message>
        <source>Waiting for CDF to install and import the code: %1 so far</source>
        <translation>Warten, bis CDF den Code installiert und importiert hat: bisher %1</translation>
    </message>
    <message>
        <source>%1 is Ready (function %2), after %3.</source>
        <translation>%1 hat nach %3 den Status „Bereit“ (Funktion %2).</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; (%2) runs on function %3.</source>
        <translation>Zeitplan &quot;%1&quot; (%2) läuft auf Funktion %3.</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; was not made again: %2</source>
        <translation>Zeitplan &quot;%1&quot; wurde nicht neu angelegt: %2</translation>
    </message>
    <message>
        <source>Making schedule &quot;%1&quot; (%2 of %3)</source>
        <translation>Zeitplan &quot;%1&quot; wird angelegt (%2 von %3)</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; was not made: %2</source>
        <translation>Zeitplan &quot;%1&quot; wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Show the function</source>
        <translation>Funktion anzei&amp;gen</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeploySettingsPage</name>
    <message>
        <source>%1 to %2 cores; %3 when not set</source>
        <translation>%1 bis %2 Kerne; %3, wenn nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 to %2 GB; %3 when not set</source>
        <translation>%1 bis %2 GB; %3, wenn nicht festgelegt</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. CDF does not give secret values back: type each value again, or the new version gets an empty one.</source>
        <translation>Werden an handle() als secrets übergeben. CDF gibt die Werte von Geheimnissen nicht zurück: Geben Sie jeden Wert erneut ein, sonst erhält die neue Version einen leeren.</translation>
    </message>
    <message>
        <source>Filled in from %1.</source>
        <translation>Aus %1 übernommen.</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. The values you gave last time were filled in from the keychain.</source>
        <translation>Werden an handle() als secrets übergeben. Die zuletzt angegebenen Werte wurden aus dem Schlüsselbund eingesetzt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These schedules of %1 in %2 are made in %3 with their input data once the function is Ready: %4. Each gets a session in %3 from the credentials chosen here and keeps running with them.</source>
        <translation>Diese Zeitpläne von %1 in %2 werden mit ihren Eingabedaten in %3 angelegt, sobald die Funktion den Status „Bereit“ hat: %4. Jeder erhält in %3 eine Sitzung aus den hier gewählten Anmeldedaten und läuft damit weiter.</translation>
    </message>
    <message>
        <source>The client credentials of this profile (it signs in as a user)</source>
        <translation>Die Client-Anmeldedaten dieses Profils (es meldet sich als Benutzer an)</translation>
    </message>
    <message>
        <source>The client credentials of this profile (client %1)</source>
        <translation>Die Client-Anmeldedaten dieses Profils (Client %1)</translation>
    </message>
    <message>
        <source>The function path &quot;%1&quot; is not a file of the package. Pick one of its Python files.</source>
        <translation>Der Funktionspfad &quot;%1&quot; ist keine Datei des Pakets. Wählen Sie eine seiner Python-Dateien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package index URL; give one like https://pypi.example.com/simple.</source>
        <translation>&quot;%1&quot; ist keine Paketindex-URL; geben Sie eine URL wie https://pypi.example.com/simple an.</translation>
    </message>
    <message>
        <source>Schedules: give the client id and the client secret the schedules sign in with, or choose another way on the Schedules tab.</source>
        <translation>Zeitpläne: Geben Sie die Client-ID und das Client-Secret an, mit denen sich die Zeitpläne anmelden, oder wählen Sie auf der Registerkarte „Zeitpläne“ einen anderen Weg.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. The keychain did not keep the values for next time: %1</source>
        <translation>An handle() als Geheimnisse übergeben. Der Schlüsselbund hat die Werte nicht für das nächste Mal behalten: %1</translation>
    </message>
    <message>
        <source>A new version keeps the external id of %1: it is what ties the versions together.</source>
        <translation>Eine neue Version behält die externe ID von %1: Sie verbindet die Versionen miteinander.</translation>
    </message>
    <message>
        <source>Function %1 (&quot;%2&quot;) already has the external id &quot;%3&quot;: choose another, or use Deploy New Version on that function.</source>
        <translation>Funktion %1 (&quot;%2&quot;) hat bereits die externe ID &quot;%3&quot;: Wählen Sie eine andere oder verwenden Sie „Neue Version bereitstellen“ für diese Funktion.</translation>
    </message>
    <message>
        <source>Filled in from %1, with the variables of config.%2.yaml.</source>
        <translation>Ausgefüllt aus %1, mit den Variablen von config.%2.yaml.</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on the checks page.</source>
        <translation>
            <numerusform>… und %n weitere auf der Prüfseite.</numerusform>
            <numerusform>… und %n weitere auf der Prüfseite.</numerusform>
        </translation>
    </message>
    <message>
        <source>These schedules from the Toolkit files are made once the function is Ready: %1. Each gets a session from the credentials chosen here and keeps running with them.</source>
        <translation>Diese Zeitpläne aus den Toolkit-Dateien werden angelegt, sobald die Funktion bereit ist: %1. Jeder erhält eine Sitzung mit den hier gewählten Anmeldedaten und läuft damit weiter.</translation>
    </message>
    <message>
        <source>The files sign them in as client %1, its secret from %2: type that secret below.</source>
        <translation>Die Dateien melden sie als Client %1 an, sein Geheimnis aus %2: geben Sie dieses Geheimnis unten ein.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data set. Give the data set&apos;s numeric id or its external id (shown in Data sets in CDF), or leave the field empty.</source>
        <translation>„%1“ ist kein Datensatz. Geben Sie die numerische ID oder die externe ID des Datensatzes an (in CDF unter Datensätze), oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeploySourcePage</name>
    <message>
        <source>Function folder</source>
        <translation>Funktionsordner</translation>
    </message>
    <message>
        <source>Code zip</source>
        <translation>Code-ZIP</translation>
    </message>
    <message>
        <source>Python file</source>
        <translation>Python-Datei</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-Dateien (*.py)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>There is nothing to deploy in %1.</source>
        <translation>In %1 gibt es nichts bereitzustellen.</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, will be zipped with %2 at the top of the zip.</source>
        <translation>
            <numerusform>%n Datei, %1, wird in die ZIP-Datei gepackt, mit %2 auf oberster Ebene.</numerusform>
            <numerusform>%n Dateien, %1, werden in die ZIP-Datei gepackt, mit %2 auf oberster Ebene.</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder&apos;s contents</source>
        <translation>dem Inhalt des Ordners</translation>
    </message>
    <message numerus="yes">
        <source>%n left out.</source>
        <translation>
            <numerusform>%n ausgelassen.</numerusform>
            <numerusform>%n ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) look like credentials: check them before you deploy.</source>
        <translation>
            <numerusform>%n Datei sieht nach Anmeldedaten aus: Prüfen Sie sie vor der Bereitstellung.</numerusform>
            <numerusform>%n Dateien sehen nach Anmeldedaten aus: Prüfen Sie sie vor der Bereitstellung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is deployed as handler.py; requirements come from its docstring&apos;s [requirements] block.</source>
        <translation>Die Datei wird als handler.py bereitgestellt; die Abhängigkeiten stammen aus dem [requirements]-Block ihres Docstrings.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployWizard</name>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 übertragen</translation>
    </message>
    <message>
        <source>Deploy a new version of %1</source>
        <translation>Neue Version von %1 bereitstellen</translation>
    </message>
    <message>
        <source>Deploy a function</source>
        <translation>Funktion bereitstellen</translation>
    </message>
    <message>
        <source>Deploy new version</source>
        <translation>Neue Version bereitstellen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>The schedules are being made</source>
        <translation>Die Zeitpläne werden angelegt</translation>
    </message>
    <message>
        <source>The function is Ready and its schedules are being made. Wait a moment: closing now would leave some of them out.</source>
        <translation>Die Funktion hat den Status „Bereit“, und ihre Zeitpläne werden angelegt. Warten Sie einen Moment: Wenn Sie jetzt schließen, würden einige davon fehlen.</translation>
    </message>
    <message>
        <source>A new version is being deployed</source>
        <translation>Eine neue Version wird bereitgestellt</translation>
    </message>
    <message>
        <source>A new version cannot be stopped halfway: if it fails, the previous version is restored with its schedules. Wait for it to finish.</source>
        <translation>Eine neue Version kann nicht mittendrin abgebrochen werden: Schlägt sie fehl, wird die vorherige Version mit ihren Zeitplänen wiederhergestellt. Warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel the deploy?</source>
        <translation>Bereitstellung abbrechen?</translation>
    </message>
    <message>
        <source>The deploy is still running. Cancel it? What it has made so far in the project is removed again.</source>
        <translation>Die Bereitstellung läuft noch. Abbrechen? Was sie bisher im Projekt angelegt hat, wird wieder entfernt.</translation>
    </message>
    <message>
        <source>Cancel the deploy</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>Close the wizard? The settings you entered are not kept.</source>
        <translation>Assistenten schließen? Die eingegebenen Einstellungen gehen verloren.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::FunctionDetails</name>
    <message>
        <source>Select a function to see its details.</source>
        <translation>Wählen Sie eine Funktion aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(CDF never returns secret values.)</source>
        <translation>(CDF gibt die Werte von Geheimnissen nie zurück.)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(no trace)</source>
        <translation>(kein Traceback)</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Reading the zip…</source>
        <translation>ZIP-Datei wird gelesen…</translation>
    </message>
    <message>
        <source>The code file %1 cannot be read: %2.</source>
        <translation>Die Codedatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1   (%2 bytes)</source>
        <translation>%1   (%2 Bytes)</translation>
    </message>
    <message>
        <source>… and %1 more entries</source>
        <translation>… und %1 weitere Einträge</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::FunctionsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Arbeitsspeicher (GB)</translation>
    </message>
    <message>
        <source>Local code</source>
        <translation>Lokaler Code</translation>
    </message>
    <message>
        <source>The folder %1 holds the deployed code.</source>
        <translation>Der Ordner %1 enthält den bereitgestellten Code.</translation>
    </message>
    <message>
        <source>The folder %1 changed since it was deployed: deploy a new version to run it.</source>
        <translation>Der Ordner %1 hat sich seit der Bereitstellung geändert: Stellen Sie eine neue Version bereit, um den geänderten Code auszuführen.</translation>
    </message>
    <message>
        <source>Deployed from %1, but the function has no code hash to compare with.</source>
        <translation>Aus %1 bereitgestellt, aber die Funktion hat keinen Code-Hash zum Vergleichen.</translation>
    </message>
    <message>
        <source>The folder %1 it was deployed from is gone.</source>
        <translation>Der Ordner %1, aus dem sie bereitgestellt wurde, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The folder %1 could not be read: %2</source>
        <translation>Der Ordner %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <source>Error rate 24 h</source>
        <translation>Fehlerquote 24 h</translation>
    </message>
    <message>
        <source>Last called %1</source>
        <translation>Zuletzt aufgerufen %1</translation>
    </message>
    <message>
        <source>No call finished in the last 24 hours.</source>
        <translation>In den letzten 24 Stunden wurde kein Aufruf beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished call(s) in the last 24 hours failed or timed out.</source>
        <translation>
            <numerusform>%1 von %n beendeten Aufruf der letzten 24 Stunden ist fehlgeschlagen oder hat das Zeitlimit überschritten.</numerusform>
            <numerusform>%1 von %n beendeten Aufrufen der letzten 24 Stunden sind fehlgeschlagen oder haben das Zeitlimit überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No call in the last 24 hours.</source>
        <translation>Kein Aufruf in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>Call %1: %2, started %3</source>
        <translation>Aufruf %1: %2, gestartet %3</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::GettingStarted</name>
    <message>
        <source>Try the whole cycle offline on the local emulator, which runs Python handlers on this machine. Nothing here touches a CDF project.</source>
        <translation>Probieren Sie den ganzen Ablauf offline im lokalen Emulator aus, der Python-Handler auf diesem Rechner ausführt. Nichts davon berührt ein CDF-Projekt.</translation>
    </message>
    <message>
        <source>To use a real project: File ▸ New Profile…, or import the .env of your Cognite Toolkit project.</source>
        <translation>Für ein echtes Projekt: Datei ▸ Neues Profil… oder importieren Sie die .env-Datei Ihres Cognite-Toolkit-Projekts.</translation>
    </message>
    <message>
        <source>1. Open the local emulator</source>
        <translation>1. Lokalen Emulator öffnen</translation>
    </message>
    <message>
        <source>2. Deploy the demo function &quot;%1&quot;</source>
        <translation>2. Demofunktion &quot;%1&quot; bereitstellen</translation>
    </message>
    <message>
        <source>3. Call it and watch its logs live</source>
        <translation>3. Aufrufen und die Protokolle live verfolgen</translation>
    </message>
    <message>
        <source>4. Schedule it with a form</source>
        <translation>4. Per Formular zeitlich planen</translation>
    </message>
    <message>
        <source>Could not copy the demo function to %1.</source>
        <translation>Die Demofunktion konnte nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <source>2. Deploy a function: &quot;%1&quot;</source>
        <translation>2. Eine Funktion bereitstellen: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::JsonEditor</name>
    <message>
        <source>{ &quot;key&quot;: &quot;value&quot; }   (empty: {})</source>
        <translation>{ &quot;key&quot;: &quot;value&quot; }   (leer: {})</translation>
    </message>
    <message>
        <source>the input must be a JSON object, { … }: CDF passes it to handle() as data</source>
        <translation>die Eingabe muss ein JSON-Objekt sein, { … }: CDF übergibt sie an handle() als data</translation>
    </message>
    <message>
        <source>write true, false and null in small letters: True, False and None are Python, not JSON</source>
        <translation>schreiben Sie true, false und null klein: True, False und None sind Python, nicht JSON</translation>
    </message>
    <message>
        <source>texts and keys need double quotes (&quot;like this&quot;), not single quotes</source>
        <translation>Texte und Schlüssel brauchen doppelte Anführungszeichen (&quot;so&quot;), keine einfachen</translation>
    </message>
    <message>
        <source>a , must be followed by another entry: remove the last ,</source>
        <translation>auf ein , muss ein weiterer Eintrag folgen: Entfernen Sie das letzte ,</translation>
    </message>
    <message>
        <source>keys need double quotes: &quot;key&quot;: value</source>
        <translation>Schlüssel brauchen doppelte Anführungszeichen: &quot;schlüssel&quot;: wert</translation>
    </message>
    <message>
        <source>a , is missing between two entries</source>
        <translation>zwischen zwei Einträgen fehlt ein ,</translation>
    </message>
    <message>
        <source>a text is not closed: a &quot; is missing at its end</source>
        <translation>ein Text ist nicht geschlossen: An seinem Ende fehlt ein &quot;</translation>
    </message>
    <message>
        <source>a ] is missing at the end of the list</source>
        <translation>am Ende der Liste fehlt eine ]</translation>
    </message>
    <message>
        <source>a } is missing at the end of the object</source>
        <translation>am Ende des Objekts fehlt eine }</translation>
    </message>
    <message>
        <source>a : is missing between the key and its value</source>
        <translation>zwischen dem Schlüssel und seinem Wert fehlt ein :</translation>
    </message>
    <message>
        <source>this is not a JSON value: texts need double quotes; numbers, true, false and null do not</source>
        <translation>das ist kein JSON-Wert: Texte brauchen doppelte Anführungszeichen, Zahlen, true, false und null nicht</translation>
    </message>
    <message>
        <source>this number is not written as JSON writes numbers (e.g. 42, -1.5, 2e3)</source>
        <translation>diese Zahl ist nicht so geschrieben, wie JSON Zahlen schreibt (z. B. 42, -1.5, 2e3)</translation>
    </message>
    <message>
        <source>a \ in a text starts an escape (\n, \&quot;, \\): write \\ for a backslash</source>
        <translation>ein \ in einem Text beginnt eine Escape-Sequenz (\n, \&quot;, \\): Schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>the text holds bytes that are not UTF-8</source>
        <translation>der Text enthält Bytes, die kein UTF-8 sind</translation>
    </message>
    <message>
        <source>the input must be a JSON object, { … }</source>
        <translation>die Eingabe muss ein JSON-Objekt sein, { … }</translation>
    </message>
    <message>
        <source>the input is nested too deeply</source>
        <translation>die Eingabe ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the input is too large</source>
        <translation>die Eingabe ist zu groß</translation>
    </message>
    <message>
        <source>there is more after the end of the object: remove it, or put both in one object</source>
        <translation>nach dem Ende des Objekts folgt noch etwas: Entfernen Sie es oder fassen Sie beides in einem Objekt zusammen</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::LocalEmulator</name>
    <message>
        <source>the local emulator stopped (exit code %1)</source>
        <translation>der lokale Emulator wurde beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>cannot start the local emulator (%1): %2</source>
        <translation>der lokale Emulator kann nicht gestartet werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::LogPanel</name>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The log was not saved</source>
        <translation>Das Protokoll wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not a regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>%1 more not kept: the viewer keeps up to %2 lines and 2 GB</source>
        <translation>%1 weitere nicht behalten: Die Ansicht behält bis zu %2 Zeilen und 2 GB</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MainWindow</name>
    <message>
        <source>Functions Studio</source>
        <translation>Functions Studio</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source> Profile </source>
        <translation> Profil </translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation>&amp;Funktionen</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>Auf&amp;rufe</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>&amp;Delete Schedules…</source>
        <translation>Zeitpläne &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete Functions…</source>
        <translation>Funktionen &amp;löschen…</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation>Das Profil %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A deploy is running in %1: let it finish (or cancel it) before you open another profile.</source>
        <translation>In %1 läuft eine Bereitstellung: Warten Sie, bis sie abgeschlossen ist (oder brechen Sie sie ab), bevor Sie ein anderes Profil öffnen.</translation>
    </message>
    <message>
        <source>Functions Studio — %1</source>
        <translation>Functions Studio — %1</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; created: %2 (UTC).</source>
        <translation>Zeitplan &quot;%1&quot; angelegt: %2 (UTC).</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; changed: %2 (UTC).</source>
        <translation>Zeitplan &quot;%1&quot; geändert: %2 (UTC).</translation>
    </message>
    <message>
        <source>There is no function with the external id &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keine Funktion mit der externen ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A deploy is running in %1: let it finish (or cancel it) before you remove the profile.</source>
        <translation>In %1 läuft eine Bereitstellung: Warten Sie, bis sie abgeschlossen ist (oder brechen Sie sie ab), bevor Sie das Profil entfernen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its secrets.</source>
        <translation>Profil &quot;%1&quot; samt seinen Geheimnissen entfernt.</translation>
    </message>
    <message>
        <source>%1 is deployed and Ready.</source>
        <translation>%1 ist bereitgestellt und hat den Status „Bereit“.</translation>
    </message>
    <message>
        <source>Connect to a project first, then drop the folder again.</source>
        <translation>Verbinden Sie sich zuerst mit einem Projekt und legen Sie den Ordner dann erneut ab.</translation>
    </message>
    <message>
        <source>The function of schedule &quot;%1&quot; (id %2) is not in the project: it may have been deleted.</source>
        <translation>Die Funktion von Zeitplan &quot;%1&quot; (ID %2) ist nicht im Projekt: Sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MessageBar</name>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MonitorChart</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n Zeitüberschreitung</numerusform>
            <numerusform>%n Zeitüberschreitungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>keine Aufrufe</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s): </source>
        <translation>
            <numerusform>%n Aufruf: </numerusform>
            <numerusform>%n Aufrufe: </numerusform>
        </translation>
    </message>
    <message>
        <source>No calls in this window</source>
        <translation>Keine Aufrufe in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MonitorModel</name>
    <message>
        <source>Failed and timed-out calls of those that finished in the window</source>
        <translation>Fehlgeschlagene und abgelaufene Aufrufe unter den im Zeitraum beendeten</translation>
    </message>
    <message>
        <source>Half of the finished calls took at most this long</source>
        <translation>Die Hälfte der beendeten Aufrufe dauerte höchstens so lange</translation>
    </message>
    <message>
        <source>95 % of the finished calls took at most this long</source>
        <translation>95 % der beendeten Aufrufe dauerten höchstens so lange</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <source>External id: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>Its calls are being read.</source>
        <translation>Ihre Aufrufe werden gelesen.</translation>
    </message>
    <message>
        <source>Its calls are being read: the figures so far.</source>
        <translation>Ihre Aufrufe werden gelesen: die Zahlen bis jetzt.</translation>
    </message>
    <message>
        <source>Only its newest %L1 calls were read: the figures cover part of the window.</source>
        <translation>Nur ihre neuesten %L1 Aufrufe wurden gelesen: die Zahlen decken einen Teil des Zeitraums ab.</translation>
    </message>
    <message>
        <source>Call %1: %2, started %3</source>
        <translation>Aufruf %1: %2, gestartet %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished call(s) failed or timed out.</source>
        <translation>
            <numerusform>%1 von %n beendeten Aufruf ist fehlgeschlagen oder abgelaufen.</numerusform>
            <numerusform>%1 von %n beendeten Aufrufen sind fehlgeschlagen oder abgelaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls over the window, by status; a line marks a redeploy</source>
        <translation>Aufrufe im Zeitraum nach Status; eine Linie markiert eine erneute Bereitstellung</translation>
    </message>
    <message>
        <source>The deployed version, and the earlier ones whose calls the figures include</source>
        <translation>Die bereitgestellte Version und die früheren, deren Aufrufe die Zahlen enthalten</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>v%1–v%2</source>
        <translation>v%1–v%2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Versions (a redeploy gives the function a new id; CDF deletes the calls of the old one, the app kept them):</source>
        <translation>Versionen (eine erneute Bereitstellung gibt der Funktion eine neue ID; CDF löscht die Aufrufe der alten, die App hat sie aufbewahrt):</translation>
    </message>
    <message numerus="yes">
        <source>v%1: function %2, deployed %3, %n call(s) in the window</source>
        <translation>
            <numerusform>v%1: Funktion %2, bereitgestellt %3, %n Aufruf im Zeitraum</numerusform>
            <numerusform>v%1: Funktion %2, bereitgestellt %3, %n Aufrufe im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deployed now)</source>
        <translation>%1 (jetzt bereitgestellt)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MonitorPage</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Von (Ortszeit)</translation>
    </message>
    <message>
        <source>To (local time)</source>
        <translation>Bis (Ortszeit)</translation>
    </message>
    <message>
        <source>The calls of %1 could not be read: %2</source>
        <translation>Die Aufrufe von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed or timed out</source>
        <translation>
            <numerusform>, %n fehlgeschlagen oder abgelaufen</numerusform>
            <numerusform>, %n fehlgeschlagen oder abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading calls: %1 of %n function(s) read; %2 so far</source>
        <translation>
            <numerusform>Aufrufe werden gelesen: %1 von %n Funktion gelesen; %2 bis jetzt</numerusform>
            <numerusform>Aufrufe werden gelesen: %1 von %n Funktionen gelesen; %2 bis jetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s), %1</source>
        <translation>
            <numerusform>%n Funktion, %1</numerusform>
            <numerusform>%n Funktionen, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProfileController</name>
    <message>
        <source>Local emulator</source>
        <translation>Lokaler Emulator</translation>
    </message>
    <message>
        <source>The local emulator profile needs no settings: it starts functions-emulator on a free loopback port with its data in %1.</source>
        <translation>Das Profil des lokalen Emulators braucht keine Einstellungen: Es startet functions-emulator auf einem freien Loopback-Port mit seinen Daten in %1.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; (project %2)?

Its client secret, token and refresh token are removed from the keychain. Nothing in the CDF project is touched: functions, calls and schedules stay as they are.</source>
        <translation>Das Profil &quot;%1&quot; (Projekt %2) entfernen?

Sein Client-Secret, Token und Refresh-Token werden aus dem Schlüsselbund entfernt. Am CDF-Projekt wird nichts verändert: Funktionen, Aufrufe und Zeitpläne bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>A secret could not be removed from the keychain: %1. Remove it there by hand if it should go.</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %1. Entfernen Sie es dort von Hand, wenn es weg soll.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the secret cannot be saved securely.

Keep it in memory for this session only? It is not written anywhere and you will have to enter it again after restarting Functions Studio.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1), daher kann das Geheimnis nicht sicher gespeichert werden.

Nur für diese Sitzung im Arbeitsspeicher behalten? Es wird nirgends gespeichert, und Sie müssen es nach einem Neustart von Functions Studio erneut eingeben.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>No keychain: the secret is kept in memory for this session only.</source>
        <translation>Kein Schlüsselbund: Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher behalten.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Other OpenID Connect provider</source>
        <translation>Anderer OpenID-Connect-Anbieter</translation>
    </message>
    <message>
        <source>Import a Toolkit .env file</source>
        <translation>Toolkit-.env-Datei importieren</translation>
    </message>
    <message>
        <source>.env files (*.env .env*);;All files (*)</source>
        <translation>.env-Dateien (*.env .env*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB: that is not a .env file (they are a few lines). Choose the .env file of your Toolkit project.</source>
        <translation>%1 ist %2 MB groß: Das ist keine .env-Datei (diese haben nur wenige Zeilen). Wählen Sie die .env-Datei Ihres Toolkit-Projekts.</translation>
    </message>
    <message>
        <source>Reading %1/.well-known/openid-configuration…</source>
        <translation>%1/.well-known/openid-configuration wird gelesen…</translation>
    </message>
    <message>
        <source>Found the token, authorization and device code URLs.</source>
        <translation>Token-, Autorisierungs- und Gerätecode-URL gefunden.</translation>
    </message>
    <message>
        <source>The cluster changed: paste the token again (the stored one is only ever sent to %1).</source>
        <translation>Der Cluster hat sich geändert: Fügen Sie das Token erneut ein (das gespeicherte wird immer nur an %1 gesendet).</translation>
    </message>
    <message>
        <source>The token URL, tenant or client id changed: enter the client secret again (the stored one is only ever sent to %1).</source>
        <translation>Token-URL, Mandant oder Client-ID haben sich geändert: Geben Sie das Client-Secret erneut ein (das gespeicherte wird immer nur an %1 gesendet).</translation>
    </message>
    <message>
        <source>Paste the token (it is kept in the keychain).</source>
        <translation>Fügen Sie das Token ein (es wird im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>Enter the client secret (it is kept in the keychain, never in settings files).</source>
        <translation>Geben Sie das Client-Secret ein (es wird im Schlüsselbund gespeichert, nie in Einstellungsdateien).</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation>die .env-Datei</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation>Anmeldung mit %1…</translation>
    </message>
    <message>
        <source>Signed in: got a token.</source>
        <translation>Angemeldet: Token erhalten.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is accessible to %2.</source>
        <translation>%2 hat Zugriff auf das Projekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The principal %1 has no access to project &quot;%2&quot;. Projects it can use: %3.</source>
        <translation>Der Principal %1 hat keinen Zugriff auf das Projekt &quot;%2&quot;. Projekte, die er nutzen kann: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>All capabilities Functions Studio needs are granted.</source>
        <translation>Alle Berechtigungen, die Functions Studio benötigt, sind erteilt.</translation>
    </message>
    <message>
        <source>Missing capability: %1</source>
        <translation>Fehlende Berechtigung: %1</translation>
    </message>
    <message>
        <source>Functions is activated for this project.</source>
        <translation>Functions ist für dieses Projekt aktiviert.</translation>
    </message>
    <message>
        <source>Functions is not activated for this project (status: %1); you can request activation from the main window.</source>
        <translation>Functions ist für dieses Projekt nicht aktiviert (Status: %1); Sie können die Aktivierung im Hauptfenster anfordern.</translation>
    </message>
    <message>
        <source>Limits: timeout %1 min, CPU %L2–%L3, memory %L4–%L5 GB, runtimes %6.</source>
        <translation>Limits: Zeitlimit %1 min, CPU %L2–%L3, Arbeitsspeicher %L4–%L5 GB, Laufzeitumgebungen %6.</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Directory (tenant) ID: Azure portal ▸ Microsoft Entra ID ▸ App registrations ▸ your app ▸ Overview.</source>
        <translation>Verzeichnis-ID (Mandant): Azure-Portal ▸ Microsoft Entra ID ▸ App-Registrierungen ▸ Ihre App ▸ Übersicht.</translation>
    </message>
    <message>
        <source>Application (client) ID: Azure portal ▸ Microsoft Entra ID ▸ App registrations ▸ your app ▸ Overview.</source>
        <translation>Anwendungs-ID (Client): Azure-Portal ▸ Microsoft Entra ID ▸ App-Registrierungen ▸ Ihre App ▸ Übersicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The test did not finish within %1 and was stopped. Check the network and the proxy setting, then test again.</source>
        <translation>Der Test wurde nicht innerhalb von %1 fertig und wurde abgebrochen. Prüfen Sie das Netzwerk und die Proxy-Einstellung und testen Sie erneut.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address and open it in a browser yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopieren Sie die Adresse und öffnen Sie sie selbst in einem Browser.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>required, e.g. %1</source>
        <translation>erforderlich, z. B. %1</translation>
    </message>
    <message>
        <source>You sign in as yourself in the browser. Register the redirect URI %1 in the app registration (Entra ID: Authentication ▸ Mobile and desktop applications); the port is chosen at each sign-in.</source>
        <translation>Sie melden sich selbst im Browser an. Registrieren Sie den Umleitungs-URI %1 in der App-Registrierung (Entra ID: Authentifizierung ▸ Mobile und Desktopanwendungen); der Port wird bei jeder Anmeldung gewählt.</translation>
    </message>
    <message>
        <source>You sign in as yourself with a code, on this or any other device. The app registration must allow public client flows (Entra ID: Authentication ▸ Allow public client flows).</source>
        <translation>Sie melden sich selbst mit einem Code an, auf diesem oder einem anderen Gerät. Die App-Registrierung muss öffentliche Clientflows zulassen (Entra ID: Authentifizierung ▸ Öffentliche Clientflows zulassen).</translation>
    </message>
    <message>
        <source>A service principal signs in with its client secret: for automation, not for a person. The secret is kept in the keychain.</source>
        <translation>Ein Dienstprinzipal meldet sich mit seinem Client-Geheimnis an: für Automatisierung, nicht für eine Person. Das Geheimnis wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>A token you got elsewhere; it is sent to the CDF URL only and stops working when it expires.</source>
        <translation>Ein Token, das Sie anderswo erhalten haben; es wird nur an die CDF-URL gesendet und funktioniert nicht mehr, wenn es abläuft.</translation>
    </message>
    <message>
        <source>Tenant and client id are on the app registration&apos;s Overview page (Azure portal ▸ Microsoft Entra ID ▸ App registrations): &quot;Directory (tenant) ID&quot; and &quot;Application (client) ID&quot;.</source>
        <translation>Mandant und Client-ID stehen auf der Übersichtsseite der App-Registrierung (Azure-Portal ▸ Microsoft Entra ID ▸ App-Registrierungen): &quot;Verzeichnis-ID (Mandant)&quot; und &quot;Anwendungs-ID (Client)&quot;.</translation>
    </message>
    <message>
        <source>The sign-in method changed: the test was stopped.</source>
        <translation>Die Anmeldeart wurde geändert: Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. If none opened, open this address in a browser:</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an. Wenn sich keines geöffnet hat, öffnen Sie diese Adresse in einem Browser:</translation>
    </message>
    <message>
        <source>No browser could be opened: open this address in a browser to sign in:</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Open this address in a browser, on this or any device, and enter the code %1:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, auf diesem oder einem anderen Gerät, und geben Sie den Code %1 ein:</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectConnection</name>
    <message>
        <source>The profile &quot;%1&quot; has no sign-in method this version knows. Edit the profile and choose one.</source>
        <translation>Das Profil &quot;%1&quot; hat keine Anmeldemethode, die diese Version kennt. Bearbeiten Sie das Profil und wählen Sie eine aus.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectMessageBar</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectSession</name>
    <message>
        <source>The local emulator could not start: %1</source>
        <translation>Der lokale Emulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; was closed</source>
        <translation>das Profil &quot;%1&quot; wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CDF is throttling requests: retrying in %1</source>
        <translation>CDF drosselt Anfragen: Wiederholung in %1</translation>
    </message>
    <message>
        <source>CDF answered HTTP %1: retrying in %2</source>
        <translation>CDF hat mit HTTP %1 geantwortet: Wiederholung in %2</translation>
    </message>
    <message>
        <source>No answer from CDF: retrying in %1</source>
        <translation>Keine Antwort von CDF: Wiederholung in %1</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in (%1): you will sign in again next time.</source>
        <translation>Angemeldet, aber der Schlüsselbund hat die Anmeldung nicht behalten (%1): beim nächsten Mal melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No browser could be opened to sign in: open %1 in a browser.</source>
        <translation>Zum Anmelden konnte kein Browser geöffnet werden: Öffnen Sie %1 in einem Browser.</translation>
    </message>
    <message>
        <source>The history of calls cannot be kept on disk (%1): calls of replaced versions will not be shown.</source>
        <translation>Der Verlauf der Aufrufe kann nicht auf der Festplatte gespeichert werden (%1): Aufrufe ersetzter Versionen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The history of calls could not be written (%1): the app tries again every few seconds.</source>
        <translation>Der Verlauf der Aufrufe konnte nicht geschrieben werden (%1): die App versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) read from %1 could not be written to its history of calls (%2): they are not kept.</source>
        <translation>
            <numerusform>%n aus %1 gelesener Aufruf konnte nicht in den Verlauf der Aufrufe geschrieben werden (%2): er wird nicht aufbewahrt.</numerusform>
            <numerusform>%n aus %1 gelesene Aufrufe konnten nicht in den Verlauf der Aufrufe geschrieben werden (%2): sie werden nicht aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of calls is written again.</source>
        <translation>Der Verlauf der Aufrufe wird wieder geschrieben.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectStatusBar</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>⟳ %n request(s) in flight</source>
        <translation>
            <numerusform>⟳ %n Anfrage läuft</numerusform>
            <numerusform>⟳ %n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Local emulator (%1) — project %2</source>
        <translation>Lokaler Emulator (%1) — Projekt %2</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>Projekt %1 auf %2</translation>
    </message>
    <message>
        <source>Functions: activated</source>
        <translation>Functions: aktiviert</translation>
    </message>
    <message>
        <source>Functions: activation requested</source>
        <translation>Functions: Aktivierung angefordert</translation>
    </message>
    <message>
        <source>Functions: not activated</source>
        <translation>Functions: nicht aktiviert</translation>
    </message>
    <message>
        <source>Functions: %1</source>
        <translation>Functions: %1</translation>
    </message>
    <message>
        <source>Limits: %1 min timeout, CPU ≤ %L2, memory ≤ %L3 GB, %4</source>
        <translation>Limits: %1 min Zeitlimit, CPU ≤ %L2, Arbeitsspeicher ≤ %L3 GB, %4</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>The project could not be reached at the last try: Refresh (F5) tries again.</source>
        <translation>Das Projekt war beim letzten Versuch nicht erreichbar: Aktualisieren (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>Last known state of %1 (the project cannot be reached)</source>
        <translation>Zuletzt bekannter Stand vom %1 (das Projekt ist nicht erreichbar)</translation>
    </message>
    <message>
        <source>Last known state of %1, refreshing…</source>
        <translation>Zuletzt bekannter Stand vom %1, wird aktualisiert…</translation>
    </message>
    <message>
        <source>What the app knew of this project when it last read it. It is replaced as soon as the project answers; until then nothing can be changed.</source>
        <translation>Was die App über dieses Projekt wusste, als sie es zuletzt gelesen hat. Es wird ersetzt, sobald das Projekt antwortet; bis dahin lässt sich nichts ändern.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::Promotion</name>
    <message>
        <source>The connection closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Reading the limits of %1…</source>
        <translation>Limits von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not reach the project %1: %2</source>
        <translation>Das Projekt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Looking for %1 in %2…</source>
        <translation>%1 wird in %2 gesucht…</translation>
    </message>
    <message>
        <source>Could not look for %1 in %2: %3</source>
        <translation>%1 konnte in %2 nicht gesucht werden: %3</translation>
    </message>
    <message>
        <source>Downloading the code of %1 from %2…</source>
        <translation>Code von %1 wird aus %2 heruntergeladen…</translation>
    </message>
    <message>
        <source>Could not get the code of %1 (file %2): %3</source>
        <translation>Der Code von %1 konnte nicht abgerufen werden (Datei %2): %3</translation>
    </message>
    <message>
        <source>Could not download the code of %1: %2</source>
        <translation>Der Code von %1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Could not keep the downloaded code in %1: %2</source>
        <translation>Der heruntergeladene Code konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Reading the schedules of %1…</source>
        <translation>Zeitpläne von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (Projekt %2)</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>%1 übertragen</translation>
    </message>
    <message>
        <source>Deploy %1 with its settings and schedules from %2 to the project of:</source>
        <translation>%1 samt Einstellungen und Zeitplänen aus %2 in das Projekt dieses Profils übertragen:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The local emulator is not running: open its profile once to start it, then promote again.</source>
        <translation>Der lokale Emulator läuft nicht: Öffnen Sie einmal sein Profil, um ihn zu starten, und übertragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>To sign in to %1, open %2 and enter the code %3.</source>
        <translation>Um sich bei %1 anzumelden, öffnen Sie %2 und geben Sie den Code %3 ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not read the schedules of %1: %2</source>
        <translation>Die Zeitpläne von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the input data of schedule %1: %2</source>
        <translation>Die Eingabedaten von Zeitplan %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ResourcePage</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ScheduleEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Alle N Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>The client credentials of this profile (client %1)</source>
        <translation>Die Client-Anmeldedaten dieses Profils (Client %1)</translation>
    </message>
    <message>
        <source>Type them, or pick stored ones</source>
        <translation>Eingeben oder gespeicherte auswählen</translation>
    </message>
    <message>
        <source>The secret of %1 is not in the keychain: type it.</source>
        <translation>Das Client-Secret von %1 ist nicht im Schlüsselbund: Geben Sie es ein.</translation>
    </message>
    <message>
        <source>Duplicate schedule %1</source>
        <translation>Zeitplan %1 duplizieren</translation>
    </message>
    <message>
        <source>Edit schedule %1</source>
        <translation>Zeitplan %1 bearbeiten</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Reading the schedule&apos;s input data…</source>
        <translation>Eingabedaten des Zeitplans werden gelesen…</translation>
    </message>
    <message>
        <source>The schedule&apos;s input data could not be read (%1): reopen the editor to try again.</source>
        <translation>Die Eingabedaten des Zeitplans konnten nicht gelesen werden (%1): Öffnen Sie den Editor erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Cron: %1 → %2</source>
        <translation>Cron: %1 → %2</translation>
    </message>
    <message>
        <source>Function: %1 → %2</source>
        <translation>Funktion: %1 → %2</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>Input data changed</source>
        <translation>Eingabedaten geändert</translation>
    </message>
    <message>
        <source>Simple mode: %1.</source>
        <translation>Einfacher Modus: %1.</translation>
    </message>
    <message>
        <source>This expression has no simple form: it is edited on the Advanced tab.</source>
        <translation>Dieser Ausdruck hat keine einfache Form: Er wird auf der Registerkarte „Erweitert“ bearbeitet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (UTC)</source>
        <translation>%1 — %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Both day fields are set: CDF runs it on days that match either one. Classic (Vixie) cron reads a field starting with * as any day and would run it only on days that match both.</source>
        <translation>Beide Tagesfelder sind gesetzt: CDF führt den Zeitplan an Tagen aus, die zu einem der beiden passen. Klassisches (Vixie-)cron liest ein Feld, das mit * beginnt, als beliebigen Tag und würde ihn nur an Tagen ausführen, die zu beiden passen.</translation>
    </message>
    <message>
        <source>Both day fields are set: it runs on days that match either one (day of month or day of week).</source>
        <translation>Beide Tagesfelder sind gesetzt: Der Zeitplan läuft an Tagen, die zu einem der beiden passen (Tag im Monat oder Wochentag).</translation>
    </message>
    <message>
        <source>The schedule is being saved: wait a moment before closing.</source>
        <translation>Der Zeitplan wird gespeichert: Warten Sie einen Moment, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Function: choose the function the schedule calls.</source>
        <translation>Funktion: Wählen Sie die Funktion, die der Zeitplan aufruft.</translation>
    </message>
    <message>
        <source>Input data, line %1, column %2: %3.</source>
        <translation>Eingabedaten, Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>Input data: %1</source>
        <translation>Eingabedaten: %1</translation>
    </message>
    <message>
        <source>Sign-in: give the client id and the client secret, or choose another way to sign in.</source>
        <translation>Anmeldung: Geben Sie Client-ID und Client-Secret an oder wählen Sie eine andere Anmeldeart.</translation>
    </message>
    <message>
        <source>Sign-in: paste the nonce, or choose another way to sign in.</source>
        <translation>Anmeldung: Fügen Sie die Nonce ein oder wählen Sie eine andere Anmeldeart.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>your own sign-in</source>
        <translation>Ihrer eigenen Anmeldung</translation>
    </message>
    <message>
        <source>the session of the nonce</source>
        <translation>der Sitzung der Nonce</translation>
    </message>
    <message>
        <source>The schedule keeps running with %1, with what it may do, until the schedule is deleted or the session is revoked.</source>
        <translation>Der Zeitplan läuft mit %1 und den damit verbundenen Rechten weiter, bis er gelöscht oder die Sitzung widerrufen wird.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Save creates a new schedule with these changes, then deletes the original:
%1</source>
        <translation>Speichern legt einen neuen Zeitplan mit diesen Änderungen an und löscht dann das Original:
%1</translation>
    </message>
    <message>
        <source>The schedule was not created: %1</source>
        <translation>Der Zeitplan wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The new schedule %1 was created, but the original (%2) could not be deleted: %3. Both exist now: delete the original on the Schedules page.</source>
        <translation>Der neue Zeitplan %1 wurde angelegt, aber das Original (%2) konnte nicht gelöscht werden: %3. Jetzt existieren beide: Löschen Sie das Original auf der Seite „Zeitpläne“.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Profile %1 (client %2)</source>
        <translation>Profil %1 (Client %2)</translation>
    </message>
    <message>
        <source>Saved for schedules: client %1</source>
        <translation>Für Zeitpläne gespeichert: Client %1</translation>
    </message>
    <message>
        <source>The schedule is saved, but its client secret could not be kept in the keychain: %1</source>
        <translation>Der Zeitplan ist gespeichert, aber sein Client-Geheimnis konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Every weekday (Mon–Fri)</source>
        <translation>Jeden Werktag (Mo–Fr)</translation>
    </message>
    <message>
        <source>Keep %1 %2 all year: two schedules, one for summer time and one for winter time</source>
        <translation>%1 %2 das ganze Jahr halten: zwei Zeitpläne, einer für die Sommerzeit und einer für die Winterzeit</translation>
    </message>
    <message>
        <source>A nonce signs in one schedule: choose another way to sign in for two.</source>
        <translation>Eine Nonce meldet nur einen Zeitplan an: Wählen Sie für zwei eine andere Anmeldung.</translation>
    </message>
    <message>
        <source>Summer time (months %1): %2 UTC. Winter time (months %3): %4 UTC.</source>
        <translation>Sommerzeit (Monate %1): %2 UTC. Winterzeit (Monate %3): %4 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Clocks change inside a month, so in the coming year %n run(s) are an hour off: %1.</source>
        <translation>
            <numerusform>Die Uhren werden innerhalb eines Monats umgestellt, daher liegt im kommenden Jahr %n Ausführung eine Stunde daneben: %1.</numerusform>
            <numerusform>Die Uhren werden innerhalb eines Monats umgestellt, daher liegen im kommenden Jahr %n Ausführungen eine Stunde daneben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> (summer time)</source>
        <translation> (Sommerzeit)</translation>
    </message>
    <message>
        <source> (winter time)</source>
        <translation> (Winterzeit)</translation>
    </message>
    <message>
        <source>The schedules were not created: %1</source>
        <translation>Die Zeitpläne wurden nicht erstellt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created, but &quot;%2&quot; was not: %3 Create it on its own (its cron is %4), or delete the first on the Schedules page.</source>
        <translation>„%1“ wurde erstellt, „%2“ aber nicht: %3 Erstellen Sie ihn einzeln (sein Cron ist %4) oder löschen Sie den ersten auf der Seite „Zeitpläne“.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SchedulesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Cron (UTC)</source>
        <translation>Cron (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Nächste Ausführung (UTC)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>invalid cron</source>
        <translation>ungültiger cron-Ausdruck</translation>
    </message>
    <message>
        <source>Next run (%1)</source>
        <translation>Nächste Ausführung (%1)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>The last run could not be read; Refresh tries again.</source>
        <translation>Die letzte Ausführung konnte nicht gelesen werden; „Aktualisieren“ versucht es erneut.</translation>
    </message>
    <message>
        <source>No scheduled call yet.</source>
        <translation>Noch kein geplanter Aufruf.</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, gestartet %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of its last %n run(s) failed or timed out.</source>
        <translation>
            <numerusform>%1
%2 seines letzten Laufs ist fehlgeschlagen oder abgelaufen.</numerusform>
            <numerusform>%1
%2 seiner letzten %n Läufe sind fehlgeschlagen oder abgelaufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SchedulesPage</name>
    <message>
        <source>Only the selected function</source>
        <translation>Nur die ausgewählte Funktion</translation>
    </message>
    <message>
        <source>Select a schedule and choose View Input Data.</source>
        <translation>Wählen Sie einen Zeitplan aus und dann „Eingabedaten anzeigen“.</translation>
    </message>
    <message>
        <source>Select a schedule to see its recent runs.</source>
        <translation>Wählen Sie einen Zeitplan aus, um seine letzten Ausführungen zu sehen.</translation>
    </message>
    <message>
        <source>Recreate with New Credentials…</source>
        <translation>Mit neuen Anmeldedaten neu anlegen…</translation>
    </message>
    <message>
        <source>Reading the recent runs of %1…</source>
        <translation>Letzte Ausführungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source>Loading the input data of %1…</source>
        <translation>Eingabedaten von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; has no input data: its calls get data = {}.</source>
        <translation>Zeitplan &quot;%1&quot; hat keine Eingabedaten: Seine Aufrufe erhalten data = {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed in a row. %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen. %1</numerusform>
            <numerusform>%n-mal in Folge fehlgeschlagen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete schedules</source>
        <translation>Zeitpläne löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n schedule(s)?</source>
        <translation>
            <numerusform>%n Zeitplan löschen?</numerusform>
            <numerusform>%n Zeitpläne löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SettingsDialog</name>
    <message>
        <source>Like the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Systemzeitzone (%1)</translation>
    </message>
    <message>
        <source>0 turns automatic refresh off; otherwise %1 to %2 seconds.</source>
        <translation>0 schaltet die automatische Aktualisierung aus; sonst %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Pick one from the list (type to search, e.g. &quot;Oslo&quot; or &quot;New_York&quot;).</source>
        <translation>&quot;%1&quot; ist keine Zeitzone. Wählen Sie eine aus der Liste (tippen zum Suchen, z. B. &quot;Oslo&quot; oder &quot;New_York&quot;).</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Used for sign-in and CDF alike. The system&apos;s proxy is read from http_proxy, https_proxy and no_proxy. The local emulator and the sign-in redirect on 127.0.0.1 never go through a proxy.</source>
        <translation>Gilt für Anmeldung und CDF gleichermaßen. Der Proxy des Systems wird aus http_proxy, https_proxy und no_proxy gelesen. Der lokale Emulator und die Anmelde-Umleitung auf 127.0.0.1 laufen nie über einen Proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s URL, e.g. http://proxy.example.com:3128, or choose the system&apos;s proxy.</source>
        <translation>Geben Sie die URL des Proxys ein, z. B. http://proxy.example.com:3128, oder wählen Sie den Proxy des Systems.</translation>
    </message>
    <message>
        <source>Choose a folder of wheels</source>
        <translation>Ordner mit Wheels auswählen</translation>
    </message>
    <message>
        <source>Emulator Python: %1 is not a program that can be run. Give the full path of a Python interpreter, e.g. /usr/bin/python3.11, or leave it empty.</source>
        <translation>Emulator-Python: %1 ist kein ausführbares Programm. Geben Sie den vollständigen Pfad eines Python-Interpreters an, z. B. /usr/bin/python3.11, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Emulator wheelhouse: %1 is not a folder. Choose the folder that holds the .whl files, or leave it empty.</source>
        <translation>Emulator-Wheelhouse: %1 ist kein Ordner. Wählen Sie den Ordner mit den .whl-Dateien oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 belegt</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ToolkitExporter</name>
    <message>
        <source>The connection closed before %1 was exported.</source>
        <translation>Die Verbindung wurde geschlossen, bevor %1 exportiert war.</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 wurde nicht exportiert: %2</translation>
    </message>
    <message>
        <source>%1 was not exported: its code (file %2) could not be read: %3</source>
        <translation>%1 wurde nicht exportiert: sein Code (Datei %2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 was not exported: its code could not be downloaded: %2</source>
        <translation>%1 wurde nicht exportiert: sein Code konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 was exported as a Toolkit module: %2.</source>
        <translation>%1 wurde als Toolkit-Modul exportiert: %2.</translation>
    </message>
    <message>
        <source>Its secrets are ${VARIABLES} in the file: set them in the environment of cdf deploy.</source>
        <translation>Seine Geheimnisse stehen als ${VARIABLEN} in der Datei: setzen Sie sie in der Umgebung von cdf deploy.</translation>
    </message>
    <message>
        <source>Its code file is in no data set with an external id: give dataSetExternalId in the file before cdf build.</source>
        <translation>Seine Code-Datei liegt in keinem Datensatz mit externer ID: geben Sie vor cdf build dataSetExternalId in der Datei an.</translation>
    </message>
    <message>
        <source>%1 was not exported: its schedules could not be read: %2</source>
        <translation>%1 wurde nicht exportiert: seine Zeitpläne konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not exported: the input data of its schedule %2 could not be read: %3</source>
        <translation>%1 wurde nicht exportiert: die Eingabedaten seines Zeitplans %2 konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>What was there before: %1.</source>
        <translation>Was vorher dort war: %1.</translation>
    </message>
    <message>
        <source>Its external id is not a plain folder name, so the files are named %1; cdf build looks for the code in a folder named after the external id: give the function a plain external id before you build.</source>
        <translation>Seine externe ID ist kein einfacher Ordnername, daher heißen die Dateien %1; cdf build sucht den Code in einem Ordner, der wie die externe ID heißt: geben Sie der Funktion vor dem Build eine einfache externe ID.</translation>
    </message>
    <message>
        <source>The schedules&apos; input data is written as it is: check it holds no credentials before you commit it.</source>
        <translation>Die Eingabedaten der Zeitpläne werden unverändert geschrieben: prüfen Sie vor dem Einchecken, dass sie keine Zugangsdaten enthalten.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::WeekView</name>
    <message>
        <source>All (runs per hour)</source>
        <translation>Alle (Ausführungen pro Stunde)</translation>
    </message>
    <message>
        <source>%1 — calls %2
%3 (UTC)</source>
        <translation>%1 — ruft %2 auf
%3 (UTC)</translation>
    </message>
    <message>
        <source>an unknown function</source>
        <translation>eine unbekannte Funktion</translation>
    </message>
    <message>
        <source>Runs %1 local time (%2 UTC)</source>
        <translation>Läuft am %1 Ortszeit (%2 UTC)</translation>
    </message>
    <message>
        <source>Runs more than %1 times this week</source>
        <translation>Läuft diese Woche mehr als %1-mal</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>Click to edit this schedule.</source>
        <translation>Klicken, um diesen Zeitplan zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::WeekWindow</name>
    <message>
        <source>Only the functions selected on the Functions page</source>
        <translation>Nur die auf der Seite „Funktionen“ ausgewählten Funktionen</translation>
    </message>
    <message>
        <source>Schedules this week — %1</source>
        <translation>Zeitpläne dieser Woche — %1</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Each mark is a run, in local time (%1); the first row counts the runs of each hour. Hover a run for its function and input; click it to edit its schedule.</source>
        <translation>Jede Markierung ist eine Ausführung in Ortszeit (%1); die erste Zeile zählt die Ausführungen jeder Stunde. Zeigen Sie auf eine Ausführung, um Funktion und Eingabe zu sehen; klicken Sie, um ihren Zeitplan zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop tool for Cognite Data Fusion Functions.</source>
        <translation>Ein natives Desktop-Werkzeug für Cognite Data Fusion Functions.</translation>
    </message>
    <message>
        <source>Open this profile (its name or id).</source>
        <translation>Dieses Profil öffnen (Name oder ID).</translation>
    </message>
    <message>
        <source>Open the local emulator (the built-in offline playground), whatever was open last.</source>
        <translation>Den lokalen Emulator öffnen (die eingebaute Offline-Spielwiese), egal was zuletzt geöffnet war.</translation>
    </message>
    <message>
        <source>Open the deploy wizard on PATH: a function folder, a code zip or a Python file.</source>
        <translation>Den Bereitstellungsassistenten für PATH öffnen: ein Funktionsordner, eine Code-ZIP oder eine Python-Datei.</translation>
    </message>
    <message>
        <source>Open the call panel of the function with this external id.</source>
        <translation>Den Aufrufbereich der Funktion mit dieser externen ID öffnen.</translation>
    </message>
    <message>
        <source>Like --deploy: a folder, zip or Python file to deploy (what a file manager passes).</source>
        <translation>Wie --deploy: ein Ordner, eine ZIP- oder Python-Datei zum Bereitstellen (was ein Dateimanager übergibt).</translation>
    </message>
    <message>
        <source>functions-studio: no profile is named &quot;%1&quot;; the profiles are: %2</source>
        <translation>functions-studio: Kein Profil heißt &quot;%1&quot;; die Profile sind: %2</translation>
    </message>
</context>
</TS>
