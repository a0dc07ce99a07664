<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Functions Studio</source>
        <translation>Om Functions Studio</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time; try again, or check the network.</source>
        <translation>Serveren svarte ikke i tide; prøv på nytt, eller sjekk nettverket.</translation>
    </message>
    <message>
        <source>Sign in again, or check the credentials in the profile.</source>
        <translation>Logg inn på nytt, eller sjekk legitimasjonen i profilen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation>Svaret fra serveren hadde ikke forventet format.</translation>
    </message>
    <message>
        <source>Sign in again: the token was refused.</source>
        <translation>Logg inn på nytt: tokenet ble avvist.</translation>
    </message>
    <message>
        <source>Your principal lacks access; ask a CDF admin for the capability named above.</source>
        <translation>Identiteten din mangler tilgang; be en CDF-administrator om rettigheten som er nevnt ovenfor.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the view.</source>
        <translation>Den kan ha blitt slettet; oppdater visningen.</translation>
    </message>
    <message>
        <source>Something with the same external id already exists.</source>
        <translation>Noe med samme eksterne ID finnes allerede.</translation>
    </message>
    <message>
        <source>CDF is rate limiting requests; wait a moment and try again.</source>
        <translation>CDF begrenser antall forespørsler; vent litt og prøv på nytt.</translation>
    </message>
    <message>
        <source>CDF had a problem; try again later.</source>
        <translation>CDF hadde et problem; prøv på nytt senere.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Avbrutt: %1.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Kunne ikke %1: %2</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>forespørsels-ID %1</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 forsøk</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy setting and the identity provider&apos;s address (%1) in the profile.</source>
        <extracomment>%1 is the identity provider&apos;s host name, e.g. login.microsoftonline.com.</extracomment>
        <translation>Kontroller nettverkstilkoblingen, proxy-innstillingen og identitetsleverandørens adresse (%1) i profilen.</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy setting and the CDF URL in the profile.</source>
        <translation>Kontroller nettverkstilkoblingen, proxy-innstillingen og CDF-URL-en i profilen.</translation>
    </message>
</context>
<context>
    <name>CallArchiveText</name>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>den ble skrevet av en nyere versjon av appen</translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>The call ran for %1 and was stopped at the project&apos;s limit of %2 minutes. Do less in one call (split the work over several calls or a schedule), or make the slow part faster.</source>
        <translation>Kallet kjørte %1 og ble stoppet ved prosjektets grense på %2 minutter. Gjør mindre i hvert kall (del arbeidet opp i flere kall eller bruk en tidsplan), eller gjør den trege delen raskere.</translation>
    </message>
    <message>
        <source>Functions can write files only under /tmp: write there (for example tempfile.mkdtemp()); what is written does not outlive the call.</source>
        <translation>Funksjoner kan bare skrive filer under /tmp: skriv dit (for eksempel med tempfile.mkdtemp()); det som skrives, forsvinner når kallet er ferdig.</translation>
    </message>
    <message>
        <source>The function ran out of memory (its setting is %1 GB). Deploy a new version with more memory, or process the data in smaller parts.</source>
        <translation>Funksjonen gikk tom for minne (innstillingen er %1 GB). Distribuer en ny versjon med mer minne, eller behandle dataene i mindre deler.</translation>
    </message>
    <message>
        <source>The function ran out of memory. Deploy a new version with more memory, or process the data in smaller parts.</source>
        <translation>Funksjonen gikk tom for minne. Distribuer en ny versjon med mer minne, eller behandle dataene i mindre deler.</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; is not installed where the function runs: add its package to requirements.txt and deploy a new version.</source>
        <translation>Modulen &quot;%1&quot; er ikke installert der funksjonen kjører: legg til pakken i requirements.txt og distribuer en ny versjon.</translation>
    </message>
    <message>
        <source>The call printed nothing. If the function uses Python&apos;s logging module, its lines go nowhere until logging has a handler: call logging.basicConfig(level=logging.INFO) at the start of handle(), or use print().</source>
        <translation>Kallet skrev ikke ut noe. Hvis funksjonen bruker Pythons logging-modul, havner linjene ingen steder før logging har en handler: kall logging.basicConfig(level=logging.INFO) i starten av handle(), eller bruk print().</translation>
    </message>
    <message>
        <source>The call was stopped at the project&apos;s limit of %1 minutes. Do less in one call (split the work over several calls or a schedule), or make the slow part faster.</source>
        <translation>Kallet ble stoppet ved prosjektets grense på %1 minutter. Gjør mindre i hvert kall (del arbeidet på flere kall eller en tidsplan), eller gjør den trege delen raskere.</translation>
    </message>
</context>
<context>
    <name>CallInputs</name>
    <message>
        <source>Another Functions Studio window is writing the inputs of this function; try again.</source>
        <translation>Et annet Functions Studio-vindu skriver inndataene til denne funksjonen; prøv på nytt.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The input is larger than %1 kB, so it is not kept in the history.</source>
        <translation>Inndataene er større enn %1 kB, så de lagres ikke i historikken.</translation>
    </message>
    <message>
        <source>The input is larger than %1 kB: save it to a file instead.</source>
        <translation>Inndataene er større enn %1 kB: lagre dem i en fil i stedet.</translation>
    </message>
    <message>
        <source>There are %1 saved inputs already: delete one first.</source>
        <translation>Du har allerede %1 lagrede inndata: slett ett først.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>&amp;Input data</source>
        <translation>&amp;Inndata</translation>
    </message>
    <message>
        <source>The last inputs this function was called with: type to search, pick one to use it</source>
        <translation>De siste inndataene denne funksjonen ble kalt med: skriv for å søke, og velg et element for å bruke det</translation>
    </message>
    <message>
        <source>Inputs saved by name</source>
        <translation>Inndata lagret med navn</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the saved input chosen on the left</source>
        <translation>Slett de lagrede inndataene som er valgt til venstre</translation>
    </message>
    <message>
        <source>From sc&amp;hedule</source>
        <translation>Fra &amp;tidsplan</translation>
    </message>
    <message>
        <source>Use the input data of one of the function&apos;s schedules</source>
        <translation>Bruk inndataene fra en av funksjonens tidsplaner</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formater</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Z takes it back)</source>
        <translation>Rykk inn JSON-en (Ctrl+Z angrer)</translation>
    </message>
    <message>
        <source>Call a&amp;gain</source>
        <translation>Kall på &amp;nytt</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Kall</translation>
    </message>
    <message>
        <source>Call the function with this input (Ctrl+Enter)</source>
        <translation>Kall funksjonen med disse inndataene (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call again with the input shown above (Ctrl+R)</source>
        <translation>Kall igjen med inndataene vist over (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Logs</source>
        <translation>Logger</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lagre…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Tre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n nøkkel}</numerusform>
            <numerusform>{%n nøkler}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elementer]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); the whole value is on the Text tab</source>
        <translation>
            <numerusform>%n tegn; hele verdien står på fanen Tekst</numerusform>
            <numerusform>%n tegn; hele verdien står på fanen Tekst</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(more: see Text)</source>
        <translation>(mer: se Tekst)</translation>
    </message>
</context>
<context>
    <name>CallWorkflow</name>
    <message>
        <source>wait for the call</source>
        <extracomment>The action that was cancelled, inserted into &quot;Cancelled: %1.&quot;</extracomment>
        <translation>vente på kallet</translation>
    </message>
    <message>
        <source>stopped waiting; the call keeps running in CDF</source>
        <translation>sluttet å vente; kallet fortsetter å kjøre i CDF</translation>
    </message>
</context>
<context>
    <name>CallsService</name>
    <message>
        <source>call function %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>kalle funksjon %1</translation>
    </message>
    <message>
        <source>list calls</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>liste opp kall</translation>
    </message>
    <message>
        <source>read calls</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese kall</translation>
    </message>
    <message>
        <source>read call %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese kall %1</translation>
    </message>
    <message>
        <source>read the response of call %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese svaret fra kall %1</translation>
    </message>
    <message>
        <source>read the logs of call %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese loggene for kall %1</translation>
    </message>
</context>
<context>
    <name>CdfClient</name>
    <message>
        <source>the connection was closed</source>
        <translation>tilkoblingen ble lukket</translation>
    </message>
    <message>
        <source>the request was dropped</source>
        <translation>forespørselen ble forkastet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Why a request ended: the user cancelled it.</extracomment>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>the local server redirected to another machine (%1); not followed</source>
        <extracomment>%1 is the address redirected to.</extracomment>
        <translation>den lokale serveren videresendte til en annen maskin (%1); videresendingen ble ikke fulgt</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not HTTPS; not followed</source>
        <translation>serveren videresendte til %1, som ikke er HTTPS; videresendingen ble ikke fulgt</translation>
    </message>
    <message>
        <source>the server redirected to another host (%1); not followed, so your token stays with %2</source>
        <extracomment>%1 is the address redirected to, %2 the host the request went to.</extracomment>
        <translation>serveren videresendte til en annen vert (%1); videresendingen ble ikke fulgt, så tokenet ditt blir hos %2</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 MB this request accepts; it was not read</source>
        <translation>svaret er større enn de %1 MB denne forespørselen godtar; det ble ikke lest</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>ikke noe svar innen %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s; the request may still have been carried out, so it was not repeated</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>ikke noe svar innen %1 s; forespørselen kan likevel ha blitt utført, så den ble ikke gjentatt</translation>
    </message>
    <message>
        <source>%1; the request may have been carried out before the connection was lost, so it was not repeated</source>
        <extracomment>%1 is the network error, e.g. &quot;Connection closed&quot;.</extracomment>
        <translation>%1; forespørselen kan ha blitt utført før tilkoblingen ble brutt, så den ble ikke gjentatt</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <extracomment>%1 says what is wrong with the answer, e.g. &quot;items[0].name: expected a string, got a number&quot;.</extracomment>
        <translation>uventet svar: %1</translation>
    </message>
    <message>
        <source>unexpected answer: items is empty</source>
        <translation>uventet svar: items er tom</translation>
    </message>
</context>
<context>
    <name>CdfError</name>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 med tomt innhold</translation>
    </message>
</context>
<context>
    <name>CodeChanges</name>
    <message>
        <source>no temporary folder for the deployed code</source>
        <translation>ingen midlertidig mappe for den distribuerte koden</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployed code could not be compared: %1</source>
        <translation>Den distribuerte koden kunne ikke sammenlignes: %1</translation>
    </message>
    <message>
        <source>No file differs from the deployed version.</source>
        <translation>Ingen fil er forskjellig fra den distribuerte versjonen.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>endret: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>lagt til: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>fjernet: %1</translation>
    </message>
</context>
<context>
    <name>CodeZip</name>
    <message>
        <source>the file is not a readable zip archive (error %1)</source>
        <translation>filen er ikke et lesbart zip-arkiv (feil %1)</translation>
    </message>
    <message>
        <source>the zip archive is damaged at entry %1 (error %2)</source>
        <translation>zip-arkivet er skadet ved oppføring %1 (feil %2)</translation>
    </message>
    <message>
        <source>the zip archive is damaged (error %1)</source>
        <translation>zip-arkivet er skadet (feil %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>The CDF URL &quot;%1&quot; is not valid; give a cluster name (e.g. westeurope-1) or a URL like https://westeurope-1.cognitedata.com.</source>
        <translation>CDF-URL-en &quot;%1&quot; er ikke gyldig; oppgi et klyngenavn (f.eks. westeurope-1) eller en URL som https://westeurope-1.cognitedata.com.</translation>
    </message>
    <message>
        <source>The CDF URL %1 must use https (plain http is only allowed for the local emulator on 127.0.0.1 or localhost).</source>
        <translation>CDF-URL-en %1 må bruke https (vanlig http er bare tillatt for den lokale emulatoren på 127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <source>The project name &quot;%1&quot; is not valid: use the project&apos;s URL name (lower-case letters, digits and &apos;-&apos;).</source>
        <translation>Prosjektnavnet &quot;%1&quot; er ikke gyldig: bruk prosjektets URL-navn (små bokstaver, sifre og &apos;-&apos;).</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>the connection was closed</source>
        <translation>tilkoblingen ble lukket</translation>
    </message>
    <message>
        <source>sign in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>logge inn</translation>
    </message>
</context>
<context>
    <name>CronText</name>
    <message>
        <source>empty list item (two commas in a row, or a comma at the start or end)</source>
        <translation>tomt listeelement (to kommaer etter hverandre, eller et komma i starten eller slutten)</translation>
    </message>
    <message>
        <source>%1-%2 or jan-dec</source>
        <extracomment>The values the month field of a cron expression accepts (%1-%2 is 1-12), inserted as &quot;allowed: %1&quot;.</extracomment>
        <translation>%1-%2 eller jan-dec</translation>
    </message>
    <message>
        <source>%1-%2 (0 and 7 are Sunday) or sun-sat</source>
        <extracomment>The values the weekday field of a cron expression accepts (%1-%2 is 0-7), inserted as &quot;allowed: %1&quot;.</extracomment>
        <translation>%1-%2 (0 og 7 er søndag) eller sun-sat</translation>
    </message>
    <message>
        <source>expected a value (%1)</source>
        <extracomment>%1 is the values the field accepts, e.g. &quot;0-59&quot;.</extracomment>
        <translation>forventet en verdi (%1)</translation>
    </message>
    <message>
        <source>%1 is out of range; allowed: %2</source>
        <extracomment>%1 is the number given, %2 the values the field accepts, e.g. &quot;0-59&quot;.</extracomment>
        <translation>%1 er utenfor området; tillatt: %2</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; allowed: %2</source>
        <translation>ukjent navn &quot;%1&quot;; tillatt: %2</translation>
    </message>
    <message>
        <source>names are not allowed here; use a number %1</source>
        <extracomment>%1 is the values the field accepts, e.g. &quot;0-59&quot;.</extracomment>
        <translation>navn er ikke tillatt her; bruk et tall i området %1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;; expected a value (%2)</source>
        <translation>uventet tegn &apos;%1&apos;; forventet en verdi (%2)</translation>
    </message>
    <message>
        <source>range %1-%2 runs backwards; write the smaller value first</source>
        <translation>området %1-%2 går baklengs; skriv den minste verdien først</translation>
    </message>
    <message>
        <source>expected a step (a whole number) after &apos;/&apos;</source>
        <translation>forventet et steg (et heltall) etter &apos;/&apos;</translation>
    </message>
    <message>
        <source>step %1 is out of range; allowed: 1-%2</source>
        <translation>steget %1 er utenfor området; tillatt: 1-%2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>uventet tegn &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Ends a list in a schedule description: %1 is all items but the last (joined with &quot;, &quot;), %2 the last one, e.g. &quot;Monday, Tuesday and Friday&quot;.</extracomment>
        <translation>%1 og %2</translation>
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
        <translation>januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>desember</translation>
    </message>
    <message>
        <source>the last day</source>
        <extracomment>&quot;L&quot; in a cron expression&apos;s day of month, in a list such as &quot;days 15 and the last day of the month&quot;.</extracomment>
        <translation>siste dag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>every %1 minute</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd minute&quot;.</extracomment>
        <translation>hvert %1 minutt</translation>
    </message>
    <message>
        <source>every %1 hour</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd hour&quot;.</extracomment>
        <translation>hver %1 time</translation>
    </message>
    <message>
        <source>every %1 day</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd day&quot; (of the month).</extracomment>
        <translation>hver %1 dag</translation>
    </message>
    <message>
        <source>every %1 month</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd month&quot;.</extracomment>
        <translation>hver %1 måned</translation>
    </message>
    <message>
        <source>every %1 day of the week</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd day of the week&quot;.</extracomment>
        <translation>hver %1 dag i uken</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <extracomment>A range in a schedule description, e.g. &quot;5 through 10&quot; or &quot;Monday through Friday&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 from %2 through %3</source>
        <extracomment>%1 is a step such as &quot;every 2nd minute&quot;, %2 through %3 the range it steps through, e.g. &quot;every 2nd minute from 5 through 59&quot;.</extracomment>
        <translation>%1 fra %2 til og med %3</translation>
    </message>
    <message>
        <source>%1 (%2, column %3)</source>
        <extracomment>%1 is what is wrong, %2 the field&apos;s name (e.g. &quot;minute&quot;), %3 a column number.</extracomment>
        <translation>%1 (%2, kolonne %3)</translation>
    </message>
    <message>
        <source>minute</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>minutt</translation>
    </message>
    <message>
        <source>hour</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>day of month</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>dag i måneden</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>måned</translation>
    </message>
    <message>
        <source>day of week</source>
        <extracomment>The name of a cron expression&apos;s field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>ukedag</translation>
    </message>
    <message>
        <source>expression</source>
        <extracomment>Where in a cron expression a problem is when it is not in one field, as in &quot;in the %1 field&quot;.</extracomment>
        <translation>uttrykket</translation>
    </message>
    <message>
        <source>the cron expression is empty; expected 5 fields: minute hour day-of-month month day-of-week</source>
        <translation>cron-uttrykket er tomt; forventet 5 felt: minutt time dag-i-måneden måned ukedag</translation>
    </message>
    <message>
        <source>shortcuts like %1 are not supported by CDF schedules; write the 5 fields, e.g. &quot;0 0 * * *&quot;</source>
        <translation>snarveier som %1 støttes ikke av CDF-tidsplaner; skriv de 5 feltene, f.eks. &quot;0 0 * * *&quot;</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1; seconds and years are not supported</source>
        <translation>forventet 5 felt (minutt time dag-i-måneden måned ukedag), fikk %1; sekunder og år støttes ikke</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>forventet 5 felt (minutt time dag-i-måneden måned ukedag), fikk %1</translation>
    </message>
    <message>
        <source>this schedule would never run: none of the selected months has a day %1</source>
        <translation>denne tidsplanen ville aldri kjørt: ingen av de valgte månedene har en %1. dag</translation>
    </message>
    <message>
        <source>At %1</source>
        <extracomment>%1 is one or more times of day, e.g. &quot;08:30&quot; or &quot;08:30 and 17:00&quot;.</extracomment>
        <translation>Kl. %1</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Hvert minutt</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Hvert minutt</numerusform>
            <numerusform>Hvert %n. minutt</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Hver hele time</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Hver time</numerusform>
            <numerusform>Hver %n. time</numerusform>
        </translation>
    </message>
    <message>
        <source>At minutes %1 past the hour</source>
        <extracomment>%1 is a list of minutes, e.g. &quot;5 and 35&quot;.</extracomment>
        <translation>Ved minutt %1 over hel time</translation>
    </message>
    <message>
        <source>At minute %1 past the hour</source>
        <extracomment>%1 is a minute, a range (&quot;5 through 10&quot;) or a step (&quot;every 2nd minute from 5 through 59&quot;).</extracomment>
        <translation>Ved minutt %1 over hel time</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n hours</source>
        <extracomment>%1 is the minutes part, e.g. &quot;At minute 5 past the hour&quot;.</extracomment>
        <translation>
            <numerusform>%1, hver time</numerusform>
            <numerusform>%1, hver %n. time</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <extracomment>%1 is the minutes part, e.g. &quot;Every 5 minutes&quot;; %2 and %3 are times of day.</extracomment>
        <translation>%1, mellom kl. %2 og %3</translation>
    </message>
    <message>
        <source>%1, during hours %2</source>
        <extracomment>%1 is the minutes part, e.g. &quot;Every 5 minutes&quot;; %2 a list of hours, e.g. &quot;8 and 17&quot;.</extracomment>
        <translation>%1, i timene %2</translation>
    </message>
    <message>
        <source>every %1 day of the month</source>
        <extracomment>%1 is an ordinal number, e.g. &quot;every 2nd day of the month&quot;.</extracomment>
        <translation>hver %1 dag i måneden</translation>
    </message>
    <message>
        <source>the last day of the month</source>
        <translation>den siste dagen i måneden</translation>
    </message>
    <message>
        <source>day %1 of the month</source>
        <extracomment>%1 is a day of the month, e.g. &quot;15&quot;.</extracomment>
        <translation>den %1. i måneden</translation>
    </message>
    <message>
        <source>days %1 of the month</source>
        <extracomment>%1 is a list or range of days of the month, e.g. &quot;1 and 15&quot; or &quot;1 through 7&quot;.</extracomment>
        <translation>på dagene %1 i måneden</translation>
    </message>
    <message>
        <source>%1 on %2, if it is %3</source>
        <extracomment>%1 is the time part (&quot;At 08:30&quot;), %2 days of the month (&quot;day 1 of the month&quot;), %3 weekdays (&quot;Monday&quot;).</extracomment>
        <translation>%1 %2, hvis det er %3</translation>
    </message>
    <message>
        <source>%1 on %2 or on %3</source>
        <extracomment>%1 is the time part (&quot;At 08:30&quot;), %2 days of the month (&quot;day 1 of the month&quot;), %3 weekdays (&quot;Monday&quot;).</extracomment>
        <translation>%1 %2 eller når det er %3</translation>
    </message>
    <message>
        <source>the last day of %1</source>
        <extracomment>%1 is one or more months, e.g. &quot;March&quot; or &quot;March and June&quot;.</extracomment>
        <translation>den siste dagen i %1</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <extracomment>%1 is a day of the month, %2 one or more months, e.g. &quot;day 1 of March&quot;.</extracomment>
        <translation>den %1. %2</translation>
    </message>
    <message>
        <source>days %1 of %2</source>
        <extracomment>%1 is a list of days of the month, %2 one or more months, e.g. &quot;days 1 and 15 of March and June&quot;.</extracomment>
        <translation>på dagene %1 i %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the time part (&quot;At 08:30&quot;), %2 the days (&quot;day 1 of the month&quot;, &quot;Monday through Friday&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <extracomment>%1 is the rest of the description (&quot;At 08:30 on Monday&quot;), %2 one or more months (&quot;March and June&quot;, &quot;every 3rd month&quot;).</extracomment>
        <translation>%1, i %2</translation>
    </message>
    <message>
        <source>unknown time zone; choose an IANA zone such as Europe/Oslo</source>
        <translation>ukjent tidssone; velg en IANA-sone, for eksempel Europe/Oslo</translation>
    </message>
    <message>
        <source>invalid time of day</source>
        <translation>ugyldig klokkeslett</translation>
    </message>
    <message>
        <source>weekday %1 is not 1 (Monday) to 7 (Sunday)</source>
        <translation>ukedag %1 er ikke mellom 1 (mandag) og 7 (søndag)</translation>
    </message>
    <message>
        <source>In %1 this schedule keeps the same local time for the whole period (%2).</source>
        <extracomment>%1 is a time zone (e.g. &quot;Europe/Oslo&quot;), %2 its offset from UTC (e.g. &quot;UTC+01:00&quot;).</extracomment>
        <translation>I tidssonen %1 holder denne tidsplanen samme lokale tid hele perioden (%2).</translation>
    </message>
    <message>
        <source>from %1 it runs at %2 local time (%3)</source>
        <extracomment>One period of a schedule&apos;s drift, listed after &quot;daylight-saving time moves this schedule by an hour:&quot;. %1 is a date, %2 a time of day, %3 an offset from UTC (e.g. &quot;UTC+02:00&quot;).</extracomment>
        <translation>fra %1 kjører den kl. %2 lokal tid (%3)</translation>
    </message>
    <message>
        <source>Cron runs in UTC, so in %1 daylight-saving time moves this schedule by an hour: %2.</source>
        <extracomment>%1 is a time zone (e.g. &quot;Europe/Oslo&quot;), %2 the periods, e.g. &quot;from 2024-03-31 it runs at 09:00 local time (UTC+02:00); from ...&quot;.</extracomment>
        <translation>Cron kjører i UTC, så i tidssonen %1 flytter sommertid denne tidsplanen én time: %2.</translation>
    </message>
    <message>
        <source>the time zone is not known</source>
        <translation>tidssonen er ukjent</translation>
    </message>
    <message>
        <source>every %1 minutes: choose 1 to 59 minutes</source>
        <translation>intervall på %1 minutter: velg 1 til 59 minutter</translation>
    </message>
    <message>
        <source>minute %1 of the hour: choose 0 to 59</source>
        <translation>minutt %1 i timen: velg 0 til 59</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>velg minst én ukedag</translation>
    </message>
    <message>
        <source>day %1 of the month: choose 1 to 31</source>
        <translation>dag %1 i måneden: velg 1 til 31</translation>
    </message>
    <message>
        <source>at %1 in this time zone the run falls on another UTC day in summer than in winter, which one cron expression cannot say; choose another time or the advanced mode</source>
        <extracomment>%1 is a time of day, e.g. &quot;01:30&quot;.</extracomment>
        <translation>kl. %1 i denne tidssonen faller kjøringen på en annen UTC-dag om sommeren enn om vinteren, og det kan ikke uttrykkes med ett cron-uttrykk; velg et annet klokkeslett eller avansert modus</translation>
    </message>
    <message>
        <source>day %1 at %2 in this time zone is another day in UTC, and near the end of the month that skips or adds runs in shorter months; choose an earlier day, another time, or the advanced mode</source>
        <extracomment>%1 is a day of the month, %2 a time of day, e.g. &quot;01:30&quot;.</extracomment>
        <translation>den %1. kl. %2 i denne tidssonen er en annen dag i UTC, og nær slutten av måneden fører det til at kjøringer hoppes over eller kommer i tillegg i kortere måneder; velg en tidligere dag, et annet klokkeslett eller avansert modus</translation>
    </message>
    <message>
        <source>unknown kind of schedule</source>
        <translation>ukjent type tidsplan</translation>
    </message>
    <message>
        <source>Every %1 minute from minute %2 through %3</source>
        <extracomment>%1 is an ordinal number (&quot;2nd&quot;), %2 and %3 the first and last minute, e.g. &quot;Every 2nd minute from minute 5 through 59&quot;.</extracomment>
        <translation>Hvert %1 minutt fra minutt %2 til og med %3</translation>
    </message>
    <message>
        <source>%1, every %2 hour from %3 through %4</source>
        <extracomment>%1 is the minutes part, e.g. &quot;At minute 0 past the hour&quot;; %2 an ordinal (&quot;2nd&quot;); %3 and %4 times of day.</extracomment>
        <translation>%1, hver %2 time fra kl. %3 til %4</translation>
    </message>
    <message>
        <source>every %1 day of the month from day %2 through %3</source>
        <extracomment>%1 is an ordinal number (&quot;3rd&quot;), %2 and %3 the first and last day, e.g. &quot;every 3rd day of the month from day 5 through 20&quot;.</extracomment>
        <translation>hver %1 dag i måneden fra dag %2 til og med %3</translation>
    </message>
</context>
<context>
    <name>DataSetsService</name>
    <message>
        <source>read the data set %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is a data set&apos;s external id.
----------
The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is a data set&apos;s id.</extracomment>
        <translation>lese datasettet %1</translation>
    </message>
    <message>
        <source>unexpected answer: items[0].id is missing</source>
        <translation>uventet svar: items[0].id mangler</translation>
    </message>
    <message>
        <source>unexpected answer: items is empty</source>
        <translation>uventet svar: items er tom</translation>
    </message>
</context>
<context>
    <name>DeployPreflightPage</name>
    <message>
        <source>Checks before upload</source>
        <translation>Kontroller før opplasting</translation>
    </message>
    <message>
        <source>Mistakes found here cost seconds; found by CDF after upload, they cost minutes.</source>
        <translation>Feil som oppdages her, koster sekunder; oppdager CDF dem etter opplasting, koster de minutter.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Import the handler here</source>
        <translation>&amp;Importer handleren her</translation>
    </message>
    <message>
        <source>Imports the handler module with the local Python, as the SDK does before it uploads. Importing runs the module&apos;s code on this computer.</source>
        <translation>Importerer handler-modulen med lokal Python, slik SDK-en gjør før opplasting. Importen kjører modulens kode på denne datamaskinen.</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings; deploy anyway</source>
        <translation>Jeg har lest &amp;advarslene; distribuer likevel</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>K&amp;ontroller på nytt</translation>
    </message>
    <message>
        <source>Show &amp;changes…</source>
        <translation>Vis &amp;endringer…</translation>
    </message>
    <message>
        <source>The files this version changes against the deployed one, with a line diff of each</source>
        <translation>Filene denne versjonen endrer i forhold til den distribuerte, med en linjesammenligning for hver</translation>
    </message>
</context>
<context>
    <name>DeployProgressPage</name>
    <message>
        <source>Deploying</source>
        <translation>Distribuerer</translation>
    </message>
    <message>
        <source>&amp;Cancel deploy</source>
        <translation>&amp;Avbryt distribusjonen</translation>
    </message>
    <message>
        <source>&amp;Back to settings</source>
        <translation>Tilbake til &amp;innstillingene</translation>
    </message>
    <message>
        <source>&amp;Call it now</source>
        <translation>&amp;Kall den nå</translation>
    </message>
    <message>
        <source>Create a sc&amp;hedule</source>
        <translation>Opprett en tids&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Show the function</source>
        <translation>&amp;Vis funksjonen</translation>
    </message>
</context>
<context>
    <name>DeploySettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>How the function is named and run. Problems are shown as you type.</source>
        <translation>Hvordan funksjonen navngis og kjøres. Problemer vises mens du skriver.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>E&amp;xternal id</source>
        <translation>Ekstern I&amp;D</translation>
    </message>
    <message>
        <source>the name, unless you give another</source>
        <translation>navnet, med mindre du oppgir et annet</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eier</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>&amp;Function path</source>
        <translation>&amp;Funksjonssti</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>&amp;Kjøremiljø</translation>
    </message>
    <message>
        <source>&amp;CPU cores</source>
        <translation>&amp;CPU-kjerner</translation>
    </message>
    <message>
        <source>&amp;Memory (GB)</source>
        <translation>&amp;Minne (GB)</translation>
    </message>
    <message>
        <source>&amp;Index URL</source>
        <translation>&amp;Indeks-URL</translation>
    </message>
    <message>
        <source>default: PyPI</source>
        <translation>standard: PyPI</translation>
    </message>
    <message>
        <source>Extra inde&amp;x URLs</source>
        <translation>Ekstra indeks-&amp;URL-er</translation>
    </message>
    <message>
        <source>separated by spaces</source>
        <translation>atskilt med mellomrom</translation>
    </message>
    <message>
        <source>Code file &amp;data set</source>
        <translation>Datase&amp;tt for kodefilen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Hemmeligheter</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. Keys: lower-case letters, digits and dashes, at most 15 characters; values are hidden and never stored in a file.</source>
        <translation>Sendes til handle() som secrets. Nøkler: små bokstaver, sifre og bindestreker, maks 15 tegn; verdiene skjules og lagres aldri i en fil.</translation>
    </message>
    <message>
        <source>Remember the &amp;values for this source and project in the keychain</source>
        <translation>Husk &amp;verdiene for denne kilden og dette prosjektet i nøkkelringen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Environment variables of the function.</source>
        <translation>Funksjonens miljøvariabler.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Up to 16 key/value pairs, shown with the function.</source>
        <translation>Opptil 16 nøkkel/verdi-par, som vises sammen med funksjonen.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Tidsplaner</translation>
    </message>
    <message>
        <source>The function&apos;s schedules are made again on the new version. Each schedule gets a session from the credentials chosen here and keeps running with them.</source>
        <translation>Funksjonens tidsplaner opprettes på nytt på den nye versjonen. Hver tidsplan får en økt fra legitimasjonen som velges her, og fortsetter å kjøre med den.</translation>
    </message>
    <message>
        <source>The client credentials of this &amp;profile</source>
        <translation>Klientlegitimasjonen til denne &amp;profilen</translation>
    </message>
    <message>
        <source>Your current &amp;sign-in (token exchange)</source>
        <translation>Din nåværende inn&amp;logging (tokenutveksling)</translation>
    </message>
    <message>
        <source>&amp;Other client credentials</source>
        <translation>&amp;Annen klientlegitimasjon</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>Klient-&amp;ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Klient&amp;hemmelighet</translation>
    </message>
    <message>
        <source>Toolkit en&amp;vironment</source>
        <translation>Toolkit-m&amp;iljø</translation>
    </message>
    <message>
        <source>Which config.&lt;env&gt;.yaml fills the module&apos;s {{ variables }}, as cdf build --env does.</source>
        <translation>Hvilken config.&lt;env&gt;.yaml som fyller inn modulens {{ variabler }}, slik cdf build --env gjør.</translation>
    </message>
    <message>
        <source>data set id or external id, where the project scopes files by data set</source>
        <translation>datasett-ID eller ekstern ID, der prosjektet avgrenser filer etter datasett</translation>
    </message>
    <message>
        <source>The data set the code file is put in: its numeric id or its external id. Leave empty unless your access to files is limited to data sets.</source>
        <translation>Datasettet kodefilen legges i: den numeriske ID-en eller den eksterne ID-en. La stå tomt med mindre tilgangen din til filer er begrenset til datasett.</translation>
    </message>
</context>
<context>
    <name>DeploySource</name>
    <message>
        <source>Choose a function folder, a code zip or a Python file.</source>
        <translation>Velg en funksjonsmappe, en kode-zip eller en Python-fil.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be read (check its permissions).</source>
        <translation>%1 kan ikke leses (sjekk tilgangsrettighetene).</translation>
    </message>
    <message>
        <source>%1 is neither a folder, a .zip nor a .py file. Choose the folder that holds handler.py, a zip of its contents, or one Python file.</source>
        <translation>%1 er verken en mappe, en .zip-fil eller en .py-fil. Velg mappen som inneholder handler.py, en zip av innholdet i den, eller én Python-fil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; deploy the folder it belongs to instead.</source>
        <translation>%1 er større enn 10 MB; distribuer heller mappen den hører til.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan ikke skrive %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan ikke opprette %1</translation>
    </message>
    <message>
        <source>The code file is not a valid zip archive (zip error %1). Upload a zip made from the function folder.</source>
        <translation>Kodefilen er ikke et gyldig zip-arkiv (zip-feil %1). Last opp en zip laget av funksjonsmappen.</translation>
    </message>
    <message>
        <source>The zip has more than %1 entries.</source>
        <translation>Zip-filen har mer enn %1 oppføringer.</translation>
    </message>
    <message>
        <source>The code unpacks to more than %1 MB.</source>
        <translation>Koden blir på mer enn %1 MB når den pakkes ut.</translation>
    </message>
    <message>
        <source>The deploy was stopped.</source>
        <translation>Distribusjonen ble stoppet.</translation>
    </message>
    <message>
        <source>The zip&apos;s table of contents is damaged (zip error %1).</source>
        <translation>Innholdsfortegnelsen i zip-filen er skadet (zip-feil %1).</translation>
    </message>
    <message>
        <source>The zip contains the entry &quot;%1&quot;, which would be written outside the function&apos;s folder. Zip the folder&apos;s contents with relative paths.</source>
        <translation>Zip-filen inneholder oppføringen &quot;%1&quot;, som ville blitt skrevet utenfor funksjonens mappe. Lag zip-filen av innholdet i mappen, med relative stier.</translation>
    </message>
    <message>
        <source>The zip entry &quot;%1&quot; escapes the function&apos;s folder.</source>
        <translation>Zip-oppføringen &quot;%1&quot; peker ut av funksjonens mappe.</translation>
    </message>
    <message>
        <source>Cannot read the zip entry &quot;%1&quot; (zip error %2); the archive may be damaged.</source>
        <translation>Kan ikke lese zip-oppføringen &quot;%1&quot; (zip-feil %2); arkivet kan være skadet.</translation>
    </message>
    <message>
        <source>The zip entry &quot;%1&quot; is damaged: its compressed data cannot be read (zip error %2). Make the zip again.</source>
        <translation>Zip-oppføringen &quot;%1&quot; er skadet: de komprimerte dataene kan ikke leses (zip-feil %2). Lag zip-filen på nytt.</translation>
    </message>
    <message>
        <source>The zip entry &quot;%1&quot; is damaged (CRC error).</source>
        <translation>Zip-oppføringen &quot;%1&quot; er skadet (CRC-feil).</translation>
    </message>
    <message>
        <source>The zip&apos;s table of contents is damaged or cut short (zip error %1). Make the zip again.</source>
        <translation>Innholdsfortegnelsen i zip-filen er skadet eller avkortet (zip-feil %1). Lag zip-filen på nytt.</translation>
    </message>
</context>
<context>
    <name>DeploySourcePage</name>
    <message>
        <source>What to deploy</source>
        <translation>Hva som skal distribueres</translation>
    </message>
    <message>
        <source>A function folder (with handler.py at its top), a zip of such a folder&apos;s contents, or one Python file.</source>
        <translation>En funksjonsmappe (med handler.py øverst), en zip av innholdet i en slik mappe, eller én Python-fil.</translation>
    </message>
    <message>
        <source>/path/to/my-function</source>
        <translation>/sti/til/min-funksjon</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Mappe…</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>&amp;Zip…</translation>
    </message>
    <message>
        <source>Python &amp;file…</source>
        <translation>Python-&amp;fil…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to prepare the package.</source>
        <translation>Kan ikke opprette en midlertidig mappe for å klargjøre pakken.</translation>
    </message>
</context>
<context>
    <name>DeployWorkflow</name>
    <message>
        <source>Not started</source>
        <extracomment>A stage of a deploy, shown as its progress.</extracomment>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Checking that the external id is free</source>
        <translation>Sjekker at den eksterne ID-en er ledig</translation>
    </message>
    <message>
        <source>Packaging the code</source>
        <translation>Pakker koden</translation>
    </message>
    <message>
        <source>Creating the code file</source>
        <translation>Oppretter kodefilen</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Laster opp</translation>
    </message>
    <message>
        <source>Waiting for the upload to be registered</source>
        <translation>Venter på at opplastingen blir registrert</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <extracomment>A stage of a deploy: the code is uploaded (and no function is made from it).</extracomment>
        <translation>Lastet opp</translation>
    </message>
    <message>
        <source>Creating the function</source>
        <translation>Oppretter funksjonen</translation>
    </message>
    <message>
        <source>Deploying (installing and importing)</source>
        <translation>Distribuerer (installerer og importerer)</translation>
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
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tidsavbrudd</translation>
    </message>
    <message>
        <source>Deploy cancelled while not started.</source>
        <translation>Distribusjonen ble avbrutt før den startet.</translation>
    </message>
    <message>
        <source>Deploy cancelled while checking that the external id is free.</source>
        <translation>Distribusjonen ble avbrutt under kontrollen av at den eksterne ID-en er ledig.</translation>
    </message>
    <message>
        <source>Deploy cancelled while packaging the code.</source>
        <translation>Distribusjonen ble avbrutt under pakkingen av koden.</translation>
    </message>
    <message>
        <source>Deploy cancelled while creating the code file.</source>
        <translation>Distribusjonen ble avbrutt mens kodefilen ble opprettet.</translation>
    </message>
    <message>
        <source>Deploy cancelled while uploading.</source>
        <translation>Distribusjonen ble avbrutt under opplastingen.</translation>
    </message>
    <message>
        <source>Deploy cancelled while waiting for the upload to be registered.</source>
        <translation>Distribusjonen ble avbrutt mens den ventet på at opplastingen skulle bli registrert.</translation>
    </message>
    <message>
        <source>Deploy cancelled while creating the function.</source>
        <translation>Distribusjonen ble avbrutt mens funksjonen ble opprettet.</translation>
    </message>
    <message>
        <source>Deploy cancelled while deploying (installing and importing).</source>
        <translation>Distribusjonen ble avbrutt mens funksjonen ble distribuert (installering og import).</translation>
    </message>
    <message>
        <source>Deploy cancelled while %1.</source>
        <extracomment>%1 is a stage of the deploy, e.g. &quot;ready&quot;.</extracomment>
        <translation>Distribusjonen ble avbrutt (status: %1).</translation>
    </message>
    <message>
        <source>deploy</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>distribuere</translation>
    </message>
    <message>
        <source>Nothing was created: the function&apos;s settings are not valid.</source>
        <translation>Ingenting ble opprettet: funksjonens innstillinger er ikke gyldige.</translation>
    </message>
    <message>
        <source>Nothing was created in CDF.</source>
        <translation>Ingenting ble opprettet i CDF.</translation>
    </message>
    <message>
        <source>a function with the external id &quot;%1&quot; already exists (&quot;%2&quot;, id %3).</source>
        <extracomment>%1 is an external id, %2 the existing function&apos;s name, %3 its id.</extracomment>
        <translation>en funksjon med den eksterne ID-en &quot;%1&quot; finnes allerede (&quot;%2&quot;, ID %3).</translation>
    </message>
    <message>
        <source>Nothing was uploaded or created, and the existing function was not touched. Choose another external id, or use Redeploy to replace it.</source>
        <translation>Ingenting ble lastet opp eller opprettet, og den eksisterende funksjonen ble ikke rørt. Velg en annen ekstern ID, eller bruk «Distribuer ny versjon» for å erstatte den.</translation>
    </message>
    <message>
        <source>package the code</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>pakke koden</translation>
    </message>
    <message>
        <source>packaging was cancelled</source>
        <translation>pakkingen ble avbrutt</translation>
    </message>
    <message>
        <source>%1 is not in the folder (or is excluded); the function path must name the file that defines handle().</source>
        <translation>%1 finnes ikke i mappen (eller er utelatt); funksjonsstien må angi filen som definerer handle().</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem found in the handler: %1 is a line number, %2 the problem.</extracomment>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>the file was created but CDF gave no upload URL</source>
        <translation>filen ble opprettet, men CDF ga ingen opplastings-URL</translation>
    </message>
    <message>
        <source>The code was packaged (%1) and uploaded as file %2.</source>
        <extracomment>%1 is the code&apos;s hash, e.g. &quot;sha256:…&quot;, %2 a file id.</extracomment>
        <translation>Koden ble pakket (%1) og lastet opp som fil %2.</translation>
    </message>
    <message>
        <source>the uploaded code was not registered by the Files API after %1 checks</source>
        <translation>den opplastede koden var ikke registrert i Files-API-et etter %1 kontroller</translation>
    </message>
    <message>
        <source>A function with the external id &quot;%1&quot; was created by someone else while this deploy ran; it was not touched.</source>
        <translation>En funksjon med den eksterne ID-en &quot;%1&quot; ble opprettet av noen andre mens denne distribusjonen pågikk; den ble ikke rørt.</translation>
    </message>
    <message>
        <source>a function &quot;%1&quot; made from code file %2 (created, but its answer could not be read and it was not found)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;</extracomment>
        <translation>en funksjon &quot;%1&quot; laget fra kodefil %2 (opprettet, men svaret kunne ikke leses, og funksjonen ble ikke funnet)</translation>
    </message>
    <message>
        <source>the function was deleted while it was deploying</source>
        <translation>funksjonen ble slettet mens den ble distribuert</translation>
    </message>
    <message>
        <source>The deploy stopped waiting for function %1 to become Ready.</source>
        <translation>Distribusjonen sluttet å vente på at funksjon %1 skulle bli klar.</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; (id %2) is Ready after %3 s.</source>
        <extracomment>%1 is the function&apos;s name, %2 its id, %3 a number of seconds.</extracomment>
        <translation>Funksjonen &quot;%1&quot; (ID %2) er klar etter %3 s.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <extracomment>Inserted into &quot;CDF could not deploy &quot;%1&quot;: %2.&quot; when CDF gives no error.</extracomment>
        <translation>ingen årsak oppgitt</translation>
    </message>
    <message>
        <source>CDF could not deploy &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the function&apos;s name, %2 CDF&apos;s error.</extracomment>
        <translation>CDF kunne ikke distribuere &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The Failed function (id %1) is kept so you can read its error and trace; delete it or redeploy.</source>
        <translation>Den mislykkede funksjonen (ID %1) beholdes slik at du kan lese feilen og stakksporingen; slett den eller distribuer en ny versjon.</translation>
    </message>
    <message>
        <source>The error and trace are shown here.</source>
        <translation>Feilen og stakksporingen vises her.</translation>
    </message>
    <message>
        <source>The function (id %1) is still %2 after %3 minutes. It was left in place and may still become Ready; check it later.</source>
        <extracomment>%1 is a function id, %2 its status as CDF names it (e.g. &quot;Deploying&quot;), %3 a number of minutes.</extracomment>
        <translation>Funksjonen (ID %1) har fortsatt status %2 etter %3 minutter. Den ble latt stå og kan fortsatt bli klar; sjekk den senere.</translation>
    </message>
    <message>
        <source>Removed what this deploy created: %1.</source>
        <extracomment>%1 is a list, e.g. &quot;function 12, code file 34&quot;.</extracomment>
        <translation>Fjernet det denne distribusjonen opprettet: %1.</translation>
    </message>
    <message>
        <source>Could not remove: %1; delete it yourself.</source>
        <extracomment>%1 is a list, e.g. &quot;code file 34 (kept: the function made from it is still there)&quot;.</extracomment>
        <translation>Kunne ikke fjerne: %1; slett det selv.</translation>
    </message>
    <message>
        <source>Nothing had been created in CDF.</source>
        <translation>Ingenting var blitt opprettet i CDF.</translation>
    </message>
    <message>
        <source>any function made from code file %1 (%2)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;; %2 is why.</extracomment>
        <translation>eventuelle funksjoner laget fra kodefil %1 (%2)</translation>
    </message>
    <message>
        <source>function %1</source>
        <extracomment>An item of the lists in &quot;Removed what this deploy created: %1.&quot; and &quot;Could not remove: %1; ...&quot;.</extracomment>
        <translation>funksjon %1</translation>
    </message>
    <message>
        <source>code file %1 (kept: the function made from it is still there)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;</extracomment>
        <translation>kodefil %1 (beholdt: funksjonen som ble laget fra den, finnes fortsatt)</translation>
    </message>
    <message>
        <source>code file &quot;%1&quot; (kept: the function made from it is still there)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;; %1 is the file&apos;s external id.</extracomment>
        <translation>kodefil &quot;%1&quot; (beholdt: funksjonen som ble laget fra den, finnes fortsatt)</translation>
    </message>
    <message>
        <source>code file %1 (%2)</source>
        <extracomment>An item of the list in &quot;Could not remove: %1; delete it yourself.&quot;; %1 is e.g. &quot;id 34&quot;, %2 why.</extracomment>
        <translation>kodefil %1 (%2)</translation>
    </message>
    <message>
        <source>code file %1</source>
        <extracomment>An item of the list in &quot;Removed what this deploy created: %1.&quot;</extracomment>
        <translation>kodefil %1</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>line %1 is not NAME=value and was skipped</source>
        <translation>linje %1 er ikke NAVN=verdi og ble hoppet over</translation>
    </message>
</context>
<context>
    <name>FilesService</name>
    <message>
        <source>create the file &quot;%1&quot;</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>opprette filen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>upload the code</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>laste opp koden</translation>
    </message>
    <message>
        <source>read files</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese filer</translation>
    </message>
    <message>
        <source>get a download link for file %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>hente en nedlastingslenke for fil %1</translation>
    </message>
    <message>
        <source>unexpected answer: items[0].downloadUrl is missing</source>
        <translation>uventet svar: items[0].downloadUrl mangler</translation>
    </message>
    <message>
        <source>download the code</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>laste ned koden</translation>
    </message>
    <message>
        <source>delete files</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>slette filer</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>just now</source>
        <translation>nettopp</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min siden</numerusform>
            <numerusform>%n min siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n t siden</numerusform>
            <numerusform>%n t siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d siden</numerusform>
            <numerusform>%n d siden</numerusform>
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
            <numerusform>• %1 (ID %2) med %n tidsplan: %3</numerusform>
            <numerusform>• %1 (ID %2) med %n tidsplaner: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Its code file %1 is also used by %2: it is kept.</source>
        <translation>Kodefilen %1 brukes også av %2: den beholdes.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n function(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Slette %n funksjon? Dette kan ikke angres.</numerusform>
            <numerusform>Slette %n funksjoner? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n schedule(s) are deleted with them.</source>
        <translation>
            <numerusform>%n tilhørende tidsplan slettes også.</numerusform>
            <numerusform>%n tilhørende tidsplaner slettes også.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Delete with code files&quot; also deletes each code file that no other function uses; the shared ones above are kept, and checked again before anything is deleted.</source>
        <translation>«Slett med kodefiler» sletter også hver kodefil som ingen annen funksjon bruker; de delte filene ovenfor beholdes, og alt kontrolleres på nytt før noe slettes.</translation>
    </message>
    <message>
        <source>&quot;Delete with code files&quot; also deletes each code file that no other function uses.</source>
        <translation>«Slett med kodefiler» sletter også hver kodefil som ingen annen funksjon bruker.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 deleted</source>
        <translation>✓ %1 slettet</translation>
    </message>
    <message>
        <source>✓ %1 deleted, with its code file %2</source>
        <translation>✓ %1 slettet, sammen med kodefilen %2</translation>
    </message>
    <message>
        <source>✓ %1 deleted; its code file %2 was kept: function %3 still uses it</source>
        <translation>✓ %1 slettet; kodefilen %2 ble beholdt: funksjon %3 bruker den fortsatt</translation>
    </message>
    <message>
        <source>✓ %1 deleted; ✗ its code file %2 was not: %3</source>
        <translation>✓ %1 slettet; ✗ kodefilen %2 ble ikke slettet: %3</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>ikke forsøkt</translation>
    </message>
    <message>
        <source>Delete functions</source>
        <translation>Slett funksjoner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete with code files</source>
        <translation>Slett med kodefiler</translation>
    </message>
</context>
<context>
    <name>FunctionDetails</name>
    <message>
        <source>Select a function to see its details.</source>
        <translation>Velg en funksjon for å se detaljene.</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Distribusjonen mislyktes</translation>
    </message>
    <message>
        <source>Copy message and trace</source>
        <translation>Kopier melding og stakksporing</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Function path</source>
        <translation>Funksjonssti</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Kjøremiljø</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Minne (GB)</translation>
    </message>
    <message>
        <source>Code file id</source>
        <translation>Kodefil-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Last called</source>
        <translation>Sist kalt</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Hemmeligheter</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Miljøvariabler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Show the files in the code zip</source>
        <translation>Vis filene i kode-zip-filen</translation>
    </message>
</context>
<context>
    <name>FunctionsService</name>
    <message>
        <source>list functions</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>liste opp funksjoner</translation>
    </message>
    <message>
        <source>CDF takes at most %1 function ids per request, and %2 were given; send them in chunks of %1</source>
        <translation>CDF tar imot maks %1 funksjons-ID-er per forespørsel, men fikk %2; send dem i bolker på %1</translation>
    </message>
    <message>
        <source>read functions</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese funksjoner</translation>
    </message>
    <message>
        <source>read function %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is e.g. &quot;id 42&quot; or &quot;external id &quot;my-function&quot;&quot;.</extracomment>
        <translation>lese funksjonen med %1</translation>
    </message>
    <message>
        <source>create function &quot;%1&quot;</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>opprette funksjonen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete functions</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>slette funksjoner</translation>
    </message>
    <message>
        <source>read the project&apos;s limits</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese prosjektets grenser</translation>
    </message>
    <message>
        <source>read the Functions activation status</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese aktiveringsstatusen for Functions</translation>
    </message>
    <message>
        <source>request Functions activation</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>be om aktivering av Functions</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&amp;Do not show this at start</source>
        <translation>&amp;Ikke vis dette ved oppstart</translation>
    </message>
</context>
<context>
    <name>HandlerInspector</name>
    <message>
        <source>unterminated string starting on line %1</source>
        <extracomment>A Python syntax error, inserted into &quot;%1 cannot be read as Python: %2.&quot;</extracomment>
        <translation>uavsluttet streng som starter på linje %1</translation>
    </message>
    <message>
        <source>a bracket opened on line %1 is never closed</source>
        <extracomment>A Python syntax error, inserted into &quot;%1 cannot be read as Python: %2.&quot;</extracomment>
        <translation>en parentes som åpnes på linje %1, blir aldri lukket</translation>
    </message>
    <message>
        <source>%1 cannot be read as Python: %2. Fix the syntax error; CDF cannot find handle() in a file that does not parse.</source>
        <extracomment>%1 is the entry file, e.g. &quot;handler.py&quot;; %2 the syntax error, e.g. &quot;a bracket opened on line 3 is never closed&quot;.</extracomment>
        <translation>%1 kan ikke leses som Python: %2. Rett syntaksfeilen; CDF finner ikke handle() i en fil som ikke kan parses.</translation>
    </message>
    <message>
        <source>%1 imports logging. CDF collects what the handler prints; logging output may not reach the call&apos;s logs, so a failed call can show no logs. Prefer print() for messages you need to see.</source>
        <translation>%1 importerer logging. CDF samler inn det handleren skriver ut; utdata fra logging når kanskje ikke fram til kallets logger, så et mislykket kall kan stå uten logger. Bruk heller print() for meldinger du må se.</translation>
    </message>
    <message>
        <source>Relative import in %1: the entry file is loaded as a top-level module, so &quot;from .x import y&quot; fails with &quot;attempted relative import with no known parent package&quot;. Import from the folder root instead, e.g. &quot;from mymodule import y&quot;.</source>
        <translation>Relativ import i %1: inngangsfilen lastes som en toppnivåmodul, så &quot;from .x import y&quot; feiler med &quot;attempted relative import with no known parent package&quot;. Importer heller fra roten av mappen, f.eks. &quot;from mymodule import y&quot;.</translation>
    </message>
    <message>
        <source>Relative import in %1: it works only if every folder on the way has an __init__.py. Absolute imports from the folder root are safer.</source>
        <translation>Relativ import i %1: dette fungerer bare hvis hver mappe på veien har en __init__.py. Absolutte importer fra roten av mappen er sikrere.</translation>
    </message>
    <message>
        <source>%1 has no top-level function named handle. Define &quot;def handle(data, client):&quot; at the top level of the file.</source>
        <translation>%1 har ingen funksjon på toppnivå som heter handle. Definer &quot;def handle(data, client):&quot; på toppnivået i filen.</translation>
    </message>
    <message>
        <source>(handle is imported on line %1; CDF needs it defined in this file, not imported.)</source>
        <extracomment>Added after &quot;%1 has no top-level function named handle. ...&quot;</extracomment>
        <translation>(handle importeres på linje %1; CDF krever at den er definert i denne filen, ikke importert.)</translation>
    </message>
    <message>
        <source>(A handle defined on line %1 is indented: inside a class, function or block it does not count.)</source>
        <extracomment>Added after &quot;%1 has no top-level function named handle. ...&quot;</extracomment>
        <translation>(En handle som er definert på linje %1, har innrykk: inne i en klasse, funksjon eller blokk teller den ikke.)</translation>
    </message>
    <message>
        <source>handle is assigned on line %1 rather than defined with def; its parameters cannot be checked before deploying.</source>
        <translation>handle tilordnes på linje %1 i stedet for å defineres med def; parameterne kan ikke kontrolleres før distribusjonen.</translation>
    </message>
    <message>
        <source>handle on line %1 is declared async. CDF calls handle synchronously and the SDK does not accept an async handle; use &quot;def handle(...)&quot; and run any async code with asyncio.run() inside it.</source>
        <translation>handle på linje %1 er deklarert som async. CDF kaller handle synkront, og SDK-en godtar ikke en async handle; bruk &quot;def handle(...)&quot; og kjør eventuell asynkron kode med asyncio.run() inne i den.</translation>
    </message>
    <message>
        <source>handle takes %1%2 (line %3). CDF passes only data, client, secrets and function_call_info, by name; name the ones you need instead.</source>
        <extracomment>%1%2 is a parameter such as &quot;*args&quot; or &quot;**kwargs&quot;, %3 a line number.</extracomment>
        <translation>handle tar %1%2 (linje %3). CDF sender bare data, client, secrets og function_call_info, som navngitte argumenter; list heller opp dem du trenger.</translation>
    </message>
    <message>
        <source>handle has a parameter &quot;%1&quot; (line %2) that CDF never passes. Allowed parameters: data, client, secrets, function_call_info. It has a default, so it will always keep that default.</source>
        <translation>handle har en parameter &quot;%1&quot; (linje %2) som CDF aldri sender. Tillatte parametere: data, client, secrets, function_call_info. Den har en standardverdi, så den vil alltid ha den verdien.</translation>
    </message>
    <message>
        <source>handle has a parameter &quot;%1&quot; (line %2) that CDF never passes. Allowed parameters: data, client, secrets, function_call_info.</source>
        <translation>handle har en parameter &quot;%1&quot; (linje %2) som CDF aldri sender. Tillatte parametere: data, client, secrets, function_call_info.</translation>
    </message>
    <message>
        <source>The entry file %1 does not exist in %2. Check the function path, or add the file.</source>
        <translation>Inngangsfilen %1 finnes ikke i %2. Sjekk funksjonsstien, eller legg til filen.</translation>
    </message>
    <message>
        <source>The entry file %1 cannot be read: %2.</source>
        <translation>Inngangsfilen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>Found &quot;%1&quot; but no requirements.txt. CDF installs packages only from a file named exactly requirements.txt at the folder root; rename it.</source>
        <translation>Fant &quot;%1&quot;, men ingen requirements.txt. CDF installerer bare pakker fra en fil som heter nøyaktig requirements.txt, i roten av mappen; gi filen nytt navn.</translation>
    </message>
    <message>
        <source>requirements.txt is next to %1, not at the folder root; CDF reads it only from the root of the folder. Move it up.</source>
        <translation>requirements.txt ligger ved siden av %1, ikke i roten av mappen; CDF leser den bare fra roten av mappen. Flytt den opp.</translation>
    </message>
    <message>
        <source>No requirements.txt: the function gets only the packages preinstalled in the runtime (and the latest cognite-sdk). Add one to pin versions.</source>
        <translation>Ingen requirements.txt: funksjonen får bare pakkene som er forhåndsinstallert i kjøremiljøet (og nyeste cognite-sdk). Legg til en slik fil for å låse versjoner.</translation>
    </message>
</context>
<context>
    <name>HeadlessCheck</name>
    <message>
        <source>no profile is named &quot;%1&quot;; the profiles are: %2</source>
        <translation>ingen profil heter «%1»; profilene er: %2</translation>
    </message>
    <message>
        <source>the project %1 did not answer</source>
        <translation>prosjektet %1 svarte ikke</translation>
    </message>
    <message>
        <source>%1 (sign in with the profile in the app first)</source>
        <translation>%1 (logg først inn med profilen i appen)</translation>
    </message>
    <message>
        <source>the project %1 did not answer within 120 s</source>
        <translation>prosjektet %1 svarte ikke innen 120 s</translation>
    </message>
    <message>
        <source>Checks a function folder, code zip or Python file as the deploy wizard does, without a window.</source>
        <translation>Kontrollerer en funksjonsmappe, en kode-zip eller en Python-fil slik distribusjonsveiviseren gjør, uten vindu.</translation>
    </message>
    <message>
        <source>Print one JSON document: the settings and every finding.</source>
        <translation>Skriv ut ett JSON-dokument: innstillingene og hvert funn.</translation>
    </message>
    <message>
        <source>The Toolkit environment whose config.&lt;env&gt;.yaml fills the variables.</source>
        <translation>Toolkit-miljøet der config.&lt;env&gt;.yaml fyller inn variablene.</translation>
    </message>
    <message>
        <source>Check against this profile&apos;s project too (its name or id).</source>
        <translation>Kontroller også mot prosjektet til denne profilen (navnet eller ID-en).</translation>
    </message>
    <message>
        <source>Import the handler with a local Python (this runs the code&apos;s top level).</source>
        <translation>Importer handleren med en lokal Python (det kjører kodens øverste nivå).</translation>
    </message>
    <message>
        <source>The Python that parses the files (default: python3).</source>
        <translation>Python-tolken som leser filene (standard: python3).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandoen.</translation>
    </message>
    <message>
        <source>A function folder, code zip or Python file.</source>
        <translation>En funksjonsmappe, en kode-zip eller en Python-fil.</translation>
    </message>
    <message>
        <source>functions-studio check: %1
Usage: functions-studio check PATH [--json] [--env ENV] [--profile NAME] [--import]
</source>
        <translation>functions-studio check: %1
Bruk: functions-studio check STI [--json] [--env ENV] [--profile NAVN] [--import]
</translation>
    </message>
    <message>
        <source>give exactly one PATH</source>
        <translation>oppgi nøyaktig én STI</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 finnes ikke</translation>
    </message>
    <message>
        <source>the Toolkit project has no environment &quot;%1&quot;; it has: %2</source>
        <translation>Toolkit-prosjektet har ikke miljøet «%1»; det har: %2</translation>
    </message>
    <message>
        <source>--env needs a Toolkit module: no config.&lt;env&gt;.yaml was found above %1</source>
        <translation>--env krever en Toolkit-modul: ingen config.&lt;env&gt;.yaml ble funnet over %1</translation>
    </message>
    <message>
        <source>functions-studio check: cannot check against the profile &quot;%1&quot;: %2
</source>
        <translation>functions-studio check: kan ikke kontrollere mot profilen «%1»: %2
</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Kontrollerer %1</translation>
    </message>
    <message>
        <source>  Toolkit: %1</source>
        <translation>  Toolkit: %1</translation>
    </message>
    <message>
        <source>  Toolkit: %1, environment %2</source>
        <translation>  Toolkit: %1, miljø %2</translation>
    </message>
    <message>
        <source>  Settings: name &quot;%1&quot;, external id %2, %3, runtime %4, %5 CPU, %6 GB</source>
        <translation>  Innstillinger: navn «%1», ekstern ID %2, %3, kjøretid %4, %5 CPU, %6 GB</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>  Schedule: %1 (%2)</source>
        <translation>  Tidsplan: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Ingen feil</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n advarsel.</numerusform>
            <numerusform>%n advarsler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>tilkoblingen ble lukket før hele svaret kom fram</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>tilkoblingen ble lukket uten noe svar</translation>
    </message>
    <message>
        <source>its status line is &quot;%1&quot;</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>statuslinjen er &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it switched protocols (101), which this request did not ask for</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>serveren byttet protokoll (101), noe denne forespørselen ikke ba om</translation>
    </message>
    <message>
        <source>it sent more than %1 interim answers</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>serveren sendte mer enn %1 foreløpige svar</translation>
    </message>
    <message>
        <source>its Content-Length is &quot;%1&quot;</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>Content-Length er &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is larger than the %1 bytes this request accepts</source>
        <extracomment>Inserted into &quot;the answer %1&quot;: the answer is too large.</extracomment>
        <translation>er større enn de %1 bytene denne forespørselen godtar</translation>
    </message>
    <message>
        <source>its header is longer than 64 kB</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>hodet er lengre enn 64 kB</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1 kB</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>en linje med chunk-størrelse er lengre enn 1 kB</translation>
    </message>
    <message>
        <source>a chunk size is &quot;%1&quot;</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>en chunk-størrelse er &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <extracomment>Why an answer is not valid HTTP, inserted into &quot;the server&apos;s answer is not valid HTTP: %1&quot;.</extracomment>
        <translation>en chunk slutter ikke der størrelsen tilsier</translation>
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
        <translation>ekstern ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ingen ID)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected an activation status object, got %1</source>
        <translation>forventet et aktiveringsstatusobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a call response object, got %1</source>
        <translation>forventet et kallsvarobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected an error object or a string, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a number&quot;.</extracomment>
        <translation>forventet et feilobjekt eller en streng, fikk %1</translation>
    </message>
    <message>
        <source>expected an error object, got %1</source>
        <translation>forventet et feilobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a file object, got %1</source>
        <translation>forventet et filobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a function object, got %1</source>
        <translation>forventet et funksjonsobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a function call object, got %1</source>
        <translation>forventet et funksjonskallobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a schedule object, got %1</source>
        <translation>forventet et tidsplanobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a session id (an integer, possibly as a string), got &quot;%1&quot;</source>
        <translation>forventet en økt-ID (et heltall, eventuelt som streng), fikk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a limits object, got %1</source>
        <translation>forventet et grenseobjekt, fikk %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>påkrevd felt mangler</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>må være minst 1, fikk %1</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON value null, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>en boolsk verdi</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a string</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a number, got %1&quot;.</extracomment>
        <translation>en streng</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>en matrise</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>A JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>An absent JSON value, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>ingen verdi</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An unknown JSON type, inserted as %1 into &quot;expected a string, got %1&quot;.</extracomment>
        <translation>en ukjent type</translation>
    </message>
    <message>
        <source>expected an id (an integer from 1 to 9007199254740991), got %1</source>
        <extracomment>%1 is the number given, or a JSON type such as &quot;a string&quot;.</extracomment>
        <translation>forventet en ID (et heltall fra 1 til 9007199254740991), fikk %1</translation>
    </message>
    <message>
        <source>expected a timestamp in milliseconds since 1970 (a non-negative integer), got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>forventet et tidsstempel i millisekunder siden 1970 (et ikke-negativt heltall), fikk %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>forventet et heltall, fikk %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>forventet et tall, fikk %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a number&quot;.</extracomment>
        <translation>forventet en streng, fikk %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>forventet true eller false, fikk %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>forventet et objekt, fikk %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a string&quot;.</extracomment>
        <translation>forventet en matrise, fikk %1</translation>
    </message>
    <message>
        <source>expected a string value, got %1</source>
        <extracomment>%1 is a JSON type, e.g. &quot;a number&quot;.</extracomment>
        <translation>forventet en strengverdi, fikk %1</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is Qt&apos;s description of the error, e.g. &quot;unterminated string&quot;; %2 a position.</extracomment>
        <translation>innholdet er ikke gyldig JSON (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>forventet et JSON-objekt på toppnivå</translation>
    </message>
    <message>
        <source>expected a log entry object, got %1</source>
        <translation>forventet et loggoppføringsobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected an input data object, got %1</source>
        <translation>forventet et inndataobjekt, fikk %1</translation>
    </message>
    <message>
        <source>expected a session object, got %1</source>
        <translation>forventet et øktobjekt, fikk %1</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Search the log (Enter: next, Shift+Enter: previous)</source>
        <translation>Søk i loggen (Enter: neste, Shift+Enter: forrige)</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Forrige treff (Shift+Enter)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Neste treff (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;gex</source>
        <translation>Re&amp;gex</translation>
    </message>
    <message>
        <source>Match c&amp;ase</source>
        <translation>Store/små &amp;bokstaver</translation>
    </message>
    <message>
        <source>Only &amp;matching lines</source>
        <translation>Bare linjer med &amp;treff</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>T&amp;idsstempler</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Ombryt linjer</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Følg</translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up pauses this; End or scrolling to the bottom resumes it.</source>
        <translation>Hold den nyeste linjen synlig. Ruller du opp, settes dette på pause; End eller å rulle helt ned slår det på igjen.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines when none are selected</source>
        <translation>Kopier de markerte linjene, eller alle viste linjer når ingen er markert</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation>Lagre de viste linjene i en fil</translation>
    </message>
</context>
<context>
    <name>NonceSource</name>
    <message>
        <source>the session has no nonce</source>
        <translation>økten har ingen nonce</translation>
    </message>
    <message>
        <source>create a session</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>opprette en økt</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>sign in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>logge inn</translation>
    </message>
    <message>
        <source>the token URL %1 must use https</source>
        <translation>token-URL-en %1 må bruke https</translation>
    </message>
    <message>
        <source>the identity provider refused: %1</source>
        <extracomment>%1 is the provider&apos;s error code, e.g. &quot;invalid_client&quot;.</extracomment>
        <translation>identitetsleverandøren avviste: %1</translation>
    </message>
    <message>
        <source>the identity provider refused: %1 (%2)</source>
        <extracomment>%1 is the provider&apos;s error code, e.g. &quot;invalid_client&quot;; %2 its description.</extracomment>
        <translation>identitetsleverandøren avviste: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot reach the token endpoint %1: %2</source>
        <extracomment>%1 is a host name, %2 the network error.</extracomment>
        <translation>kan ikke nå tokenendepunktet %1: %2</translation>
    </message>
    <message>
        <source>the token endpoint answered HTTP %1</source>
        <translation>tokenendepunktet svarte HTTP %1</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer has no access_token</source>
        <translation>svaret fra tokenendepunktet inneholder ikke access_token</translation>
    </message>
    <message>
        <source>no client secret is stored for this profile; enter it in the profile</source>
        <translation>ingen klienthemmelighet er lagret for denne profilen; skriv den inn i profilen</translation>
    </message>
    <message>
        <source>cannot read the client secret from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s error.</extracomment>
        <translation>kan ikke lese klienthemmeligheten fra nøkkelringen: %1</translation>
    </message>
    <message>
        <source>the client secret is empty</source>
        <translation>klienthemmeligheten er tom</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>logg inn først</translation>
    </message>
    <message>
        <source>you are not signed in (no refresh token is stored); sign in</source>
        <translation>du er ikke logget inn (ikke noe oppdateringstoken er lagret); logg inn</translation>
    </message>
    <message>
        <source>the stored sign-in has expired (%1); sign in again</source>
        <extracomment>%1 is why the provider refused the stored sign-in.</extracomment>
        <translation>den lagrede innloggingen er utløpt (%1); logg inn på nytt</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <extracomment>%1 is a port number, %2 the system&apos;s error.</extracomment>
        <translation>kan ikke lytte på 127.0.0.1:%1 etter videresendingen fra innloggingen: %2</translation>
    </message>
    <message>
        <source>the sign-in in the browser did not finish within %1 minutes</source>
        <translation>innloggingen i nettleseren ble ikke fullført innen %1 minutter</translation>
    </message>
    <message>
        <source>no browser is available to sign in; use the device code method instead</source>
        <translation>ingen nettleser er tilgjengelig for innlogging; bruk innlogging med enhetskode i stedet</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish.</source>
        <extracomment>Shown in the browser during sign-in.</extracomment>
        <translation>Venter på at innloggingen skal fullføres.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <extracomment>The title of a page shown in the browser.</extracomment>
        <translation>Innloggingen mislyktes</translation>
    </message>
    <message>
        <source>The answer did not match this sign-in attempt. Start again from Functions Studio.</source>
        <extracomment>Shown in the browser.</extracomment>
        <translation>Svaret samsvarte ikke med dette innloggingsforsøket. Start på nytt fra Functions Studio.</translation>
    </message>
    <message>
        <source>You can close this tab and try again in Functions Studio.</source>
        <extracomment>Shown in the browser.</extracomment>
        <translation>Du kan lukke denne fanen og prøve på nytt i Functions Studio.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>The title of a page shown in the browser.</extracomment>
        <translation>Logget inn</translation>
    </message>
    <message>
        <source>You are signed in to Functions Studio. You can close this tab.</source>
        <extracomment>Shown in the browser.</extracomment>
        <translation>Du er logget inn i Functions Studio. Du kan lukke denne fanen.</translation>
    </message>
    <message>
        <source>cannot start device sign-in: %1</source>
        <extracomment>%1 is the network error.</extracomment>
        <translation>kan ikke starte innlogging med enhetskode: %1</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <extracomment>Device sign-in: %1 is a web address, %2 a short code to type there.</extracomment>
        <translation>Åpne %1 og skriv inn koden %2.</translation>
    </message>
    <message>
        <source>the device code expired before the sign-in was approved; start again</source>
        <translation>enhetskoden utløp før innloggingen ble godkjent; start på nytt</translation>
    </message>
    <message>
        <source>device sign-in was cancelled</source>
        <translation>innloggingen med enhetskode ble avbrutt</translation>
    </message>
    <message>
        <source>the token endpoint redirected to %1, and a token request is never redirected: use the token URL it points to</source>
        <translation>token-endepunktet videresendte til %1, og en token-forespørsel blir aldri videresendt: bruk token-URL-en det peker til</translation>
    </message>
</context>
<context>
    <name>OAuthSettings</name>
    <message>
        <source>read the OpenID configuration</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese OpenID-konfigurasjonen</translation>
    </message>
    <message>
        <source>the discovery document is not JSON</source>
        <translation>discovery-dokumentet er ikke JSON</translation>
    </message>
    <message>
        <source>read the OpenID configuration at %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;); %1 is a web address.</extracomment>
        <translation>lese OpenID-konfigurasjonen på %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an issuer URL: enter the https address of the identity provider (e.g. https://login.example.com/realms/cdf).</source>
        <translation>&quot;%1&quot; er ikke en utsteder-URL: skriv inn https-adressen til identitetsleverandøren (f.eks. https://login.example.com/realms/cdf).</translation>
    </message>
    <message>
        <source>OpenID discovery over plain http is refused: the document says where secrets are sent, so it must come over https (plain http is only allowed for 127.0.0.1 or localhost).</source>
        <translation>OpenID-discovery over vanlig http avvises: dokumentet angir hvor hemmeligheter sendes, så det må hentes over https (vanlig http er bare tillatt for 127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <source>The client id is missing.</source>
        <translation>Klient-ID-en mangler.</translation>
    </message>
    <message>
        <source>%1 must use https (plain http is only allowed for 127.0.0.1 or localhost).</source>
        <extracomment>%1 is a web address.</extracomment>
        <translation>%1 må bruke https (vanlig http er bare tillatt for 127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <source>The token URL is missing or not valid.</source>
        <translation>Token-URL-en mangler eller er ugyldig.</translation>
    </message>
    <message>
        <source>The authorization URL is missing; interactive sign-in needs it.</source>
        <translation>Autorisasjons-URL-en mangler; interaktiv innlogging krever den.</translation>
    </message>
    <message>
        <source>The device code URL is missing; device sign-in needs it.</source>
        <translation>Enhetskode-URL-en mangler; innlogging med enhetskode krever den.</translation>
    </message>
</context>
<context>
    <name>OneShotHttp</name>
    <message>
        <source>cancelled</source>
        <extracomment>Why a request ended: it was cancelled.</extracomment>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>the answer %1</source>
        <extracomment>%1 says how the answer is too large, e.g. &quot;is larger than the 1048576 bytes this request accepts&quot;.</extracomment>
        <translation>svaret %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP: %1</source>
        <extracomment>%1 says what is wrong, e.g. &quot;its status line is &quot;FOO&quot;&quot;.</extracomment>
        <translation>svaret fra serveren er ikke gyldig HTTP: %1</translation>
    </message>
</context>
<context>
    <name>PackagePlan</name>
    <message>
        <source>symbolic link loop: the folder was already included once, so it is skipped here</source>
        <extracomment>A note shown after a folder&apos;s path (&quot;lib/loop: ...&quot;).</extracomment>
        <translation>løkke av symbolske lenker: mappen er allerede tatt med én gang, så den hoppes over her</translation>
    </message>
    <message>
        <source>the folder holds more than %1 files and folders; choose the function&apos;s own folder, or leave large folders out with .functionignore</source>
        <translation>mappen inneholder mer enn %1 filer og mapper; velg funksjonens egen mappe, eller utelat store mapper med .functionignore</translation>
    </message>
    <message>
        <source>the name holds a line break or another control character; rename it (zip tools and CDF do not handle such names reliably)</source>
        <extracomment>A note shown after a file&apos;s path (&quot;data/a?b.txt: ...&quot;).</extracomment>
        <translation>navnet inneholder et linjeskift eller et annet kontrolltegn; gi det nytt navn (zip-verktøy og CDF håndterer ikke slike navn pålitelig)</translation>
    </message>
    <message>
        <source>broken symbolic link to %1; remove it or add it to .functionignore</source>
        <extracomment>A note shown after a file&apos;s path (&quot;lib/link: ...&quot;); %1 is where the link points.</extracomment>
        <translation>brutt symbolsk lenke til %1; fjern den eller legg den til i .functionignore</translation>
    </message>
    <message>
        <source>symbolic link points outside the function folder (to %1); CDF only receives the folder, so copy the file in or add the link to .functionignore</source>
        <extracomment>A note shown after a file&apos;s path (&quot;lib/link: ...&quot;); %1 is where the link points.</extracomment>
        <translation>den symbolske lenken peker ut av funksjonsmappen (til %1); CDF mottar bare mappen, så kopier filen inn eller legg lenken til i .functionignore</translation>
    </message>
    <message>
        <source>the ignore file itself is not part of the function</source>
        <extracomment>Why .functionignore is not packaged, shown after its name (&quot;.functionignore: ...&quot;).</extracomment>
        <translation>ignoreringsfilen er ikke selv en del av funksjonen</translation>
    </message>
    <message>
        <source>.functionignore line %1: %2</source>
        <extracomment>Why a file is left out, shown after its path: %1 is a line number in .functionignore, %2 the pattern on it.</extracomment>
        <translation>.functionignore linje %1: %2</translation>
    </message>
    <message>
        <source>excluded by default (%1)</source>
        <extracomment>Why a file is left out, shown after its path; %1 is a pattern such as &quot;__pycache__/&quot;.</extracomment>
        <translation>utelatt som standard (%1)</translation>
    </message>
    <message>
        <source>folder cannot be read (permission denied); fix its permissions or add it to .functionignore</source>
        <extracomment>A note shown after a folder&apos;s path.</extracomment>
        <translation>mappen kan ikke leses (ingen tilgang); rett tilgangsrettighetene eller legg den til i .functionignore</translation>
    </message>
    <message>
        <source>not a regular file (device, socket or pipe)</source>
        <extracomment>Why a file is left out, shown after its path.</extracomment>
        <translation>ikke en vanlig fil (enhet, socket eller pipe)</translation>
    </message>
    <message>
        <source>file cannot be read (%1); fix its permissions or add it to .functionignore</source>
        <extracomment>A note shown after a file&apos;s path; %1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>filen kan ikke leses (%1); rett tilgangsrettighetene eller legg den til i .functionignore</translation>
    </message>
    <message>
        <source>looks like a credentials file; anyone who can read the function&apos;s code file can read it. Use function secrets instead, or add it to .functionignore</source>
        <extracomment>A warning shown after a file&apos;s path (&quot;.env: ...&quot;).</extracomment>
        <translation>ser ut som en fil med legitimasjon; alle som kan lese funksjonens kodefil, kan lese den. Bruk funksjonshemmeligheter i stedet, eller legg den til i .functionignore</translation>
    </message>
    <message>
        <source>more than %1 files to package; CDF builds functions from code, not data: leave data folders out with .functionignore</source>
        <translation>mer enn %1 filer å pakke; CDF bygger funksjoner av kode, ikke data: utelat datamapper med .functionignore</translation>
    </message>
    <message>
        <source>the files to package add up to more than %1 MB (%2 alone is %3 MB); leave large data files out with .functionignore</source>
        <extracomment>%1 is the limit in MB, %2 a file&apos;s path, %3 its size in MB.</extracomment>
        <translation>filene som skal pakkes, er til sammen på mer enn %1 MB (%2 alene er på %3 MB); utelat store datafiler med .functionignore</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose the folder that contains handler.py</source>
        <translation>%1 er en fil, ikke en mappe; velg mappen som inneholder handler.py</translation>
    </message>
    <message>
        <source>is larger than %1 kB; an ignore file holds patterns, one per line</source>
        <extracomment>Shown after the file&apos;s name: &quot;.functionignore: is larger than 64 kB; ...&quot;</extracomment>
        <translation>er større enn %1 kB; en ignoreringsfil inneholder mønstre, ett per linje</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <extracomment>Shown after the file&apos;s name: &quot;.functionignore: is not a regular file&quot;</extracomment>
        <translation>er ikke en vanlig fil</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <extracomment>Shown after the file&apos;s name: &quot;.functionignore: cannot be read: Permission denied&quot;</extracomment>
        <translation>kan ikke leses: %1</translation>
    </message>
    <message>
        <source>there are no files to package in %1 (everything is excluded or the folder is empty)</source>
        <translation>det finnes ingen filer å pakke i %1 (alt er utelatt, eller mappen er tom)</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being packaged (%2 bytes expected, %3 read); try again</source>
        <translation>%1 ble endret mens den ble pakket (%2 byte forventet, %3 lest); prøv på nytt</translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation>kan ikke komprimere %1</translation>
    </message>
    <message>
        <source>not enough memory to compress %1</source>
        <translation>ikke nok minne til å komprimere %1</translation>
    </message>
    <message>
        <source>the package plan has errors: %1</source>
        <extracomment>%1 is the first of the plan&apos;s errors, e.g. &quot;the folder /x does not exist&quot;.</extracomment>
        <translation>pakkeplanen har feil: %1</translation>
    </message>
    <message>
        <source>cannot create the zip file (zip error %1); check that the folder is writable</source>
        <translation>kan ikke opprette zip-filen (zip-feil %1); sjekk at det er skrivetilgang til mappen</translation>
    </message>
    <message>
        <source>packaging was cancelled</source>
        <translation>pakkingen ble avbrutt</translation>
    </message>
    <message>
        <source>writing %1 to the zip failed (zip error %2; is the disk full?)</source>
        <translation>skriving av %1 til zip-filen mislyktes (zip-feil %2; er disken full?)</translation>
    </message>
    <message>
        <source>cannot finish %1 in the zip (zip error %2)</source>
        <translation>kan ikke fullføre %1 i zip-filen (zip-feil %2)</translation>
    </message>
    <message>
        <source>cannot add %1 to the zip (zip error %2)</source>
        <translation>kan ikke legge til %1 i zip-filen (zip-feil %2)</translation>
    </message>
    <message>
        <source>writing %1 to the zip failed (is the disk full?)</source>
        <translation>skriving av %1 til zip-filen mislyktes (er disken full?)</translation>
    </message>
    <message>
        <source>cannot finish the zip file (zip error %1)</source>
        <translation>kan ikke fullføre zip-filen (zip-feil %1)</translation>
    </message>
    <message>
        <source>cannot move the finished zip to %1</source>
        <translation>kan ikke flytte den ferdige zip-filen til %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Client credentials</source>
        <translation>Klientlegitimasjon</translation>
    </message>
    <message>
        <source>Interactive sign-in (browser)</source>
        <translation>Interaktiv innlogging (nettleser)</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Enhetskode</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation>Lokal emulator</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gi profilen et navn.</translation>
    </message>
    <message>
        <source>Enter the CDF cluster (e.g. westeurope-1) or the full URL of the CDF API.</source>
        <translation>Skriv inn CDF-klyngen (f.eks. westeurope-1) eller hele URL-en til CDF-API-et.</translation>
    </message>
    <message>
        <source>Enter the CDF project&apos;s URL name.</source>
        <translation>Skriv inn URL-navnet til CDF-prosjektet.</translation>
    </message>
    <message>
        <source>Enter the client id of the app registration.</source>
        <translation>Skriv inn klient-ID-en til appregistreringen.</translation>
    </message>
    <message>
        <source>Enter the Entra ID tenant (its id or domain, e.g. contoso.onmicrosoft.com).</source>
        <translation>Skriv inn Entra ID-leieren (ID eller domene, f.eks. contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Enter the https token URL of the identity provider, or discover it.</source>
        <translation>Skriv inn https-token-URL-en til identitetsleverandøren, eller finn den automatisk.</translation>
    </message>
    <message>
        <source>Interactive sign-in needs the authorization URL.</source>
        <translation>Interaktiv innlogging krever autorisasjons-URL-en.</translation>
    </message>
    <message>
        <source>Device sign-in needs the device code URL.</source>
        <translation>Innlogging med enhetskode krever enhetskode-URL-en.</translation>
    </message>
    <message>
        <source>Enter the scopes to request (space separated).</source>
        <translation>Skriv inn omfangene som skal bes om (atskilt med mellomrom).</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>e.g. Production (westeurope-1)</source>
        <translation>f.eks. Produksjon (westeurope-1)</translation>
    </message>
    <message>
        <source>CDF cluster or URL</source>
        <translation>CDF-klynge eller URL</translation>
    </message>
    <message>
        <source>westeurope-1, or https://…</source>
        <translation>westeurope-1, eller https://…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>the project&apos;s URL name</source>
        <translation>prosjektets URL-navn</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Innloggingsmetode</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitetsleverandør</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leier</translation>
    </message>
    <message>
        <source>tenant id or domain</source>
        <translation>leier-ID eller domene</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utsteder</translation>
    </message>
    <message>
        <source>issuer URL, to fill the URLs below</source>
        <translation>utsteder-URL, for å fylle ut URL-ene nedenfor</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Finn automatisk</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisasjons-URL</translation>
    </message>
    <message>
        <source>Device code URL</source>
        <translation>Enhetskode-URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>default: https://{cluster}.cognitedata.com/.default</source>
        <translation>standard: https://{cluster}.cognitedata.com/.default</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>only if your identity provider needs it</source>
        <translation>bare hvis identitetsleverandøren din krever det</translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation>Importer .env…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Test the connection to check sign-in, project access, activation, limits and capabilities.</source>
        <translation>Test tilkoblingen for å sjekke innlogging, prosjekttilgang, aktivering, grenser og rettigheter.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Åpne i nettleseren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopier adressen</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The sign-in method stored for this profile (%1) is not one this version knows. Edit the profile and choose a sign-in method.</source>
        <translation>Innloggingsmetoden som er lagret for denne profilen (%1), er ukjent for denne versjonen. Rediger profilen og velg en innloggingsmetode.</translation>
    </message>
    <message>
        <source>The identity provider stored for this profile (%1) is not one this version knows. Edit the profile and choose one.</source>
        <translation>Identitetsleverandøren som er lagret for denne profilen (%1), er ukjent for denne versjonen. Rediger profilen og velg en.</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL: write it as http://host:port or socks5://host:port.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation>Proxyen &quot;%1&quot; er ikke en proxy-URL: skriv den som http://vert:port eller socks5://vert:port.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the proxy URL: settings are a plain file, and secrets are never stored there. Use a proxy that needs no password, or the system&apos;s proxy setting.</source>
        <translation>Utelat brukernavn og passord fra proxy-URL-en: innstillinger er en vanlig fil, og hemmeligheter lagres aldri der. Bruk en proxy som ikke trenger passord, eller systemets proxy-innstilling.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s port, e.g. %1:3128.</source>
        <translation>Oppgi proxyens port, f.eks. %1:3128.</translation>
    </message>
    <message>
        <source>A proxy URL has no path: write it as %1://%2:%3.</source>
        <translation>En proxy-URL har ingen sti: skriv den som %1://%2:%3.</translation>
    </message>
</context>
<context>
    <name>RedeployWorkflow</name>
    <message>
        <source>&quot;%1&quot;: %2 (%3), input data %4</source>
        <extracomment>A saved schedule: %1 is its name, %2 its cron expression, %3 when it runs in words, %4 its input data as JSON.</extracomment>
        <translation>&quot;%1&quot;: %2 (%3), inndata %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (%3)</source>
        <extracomment>A saved schedule: %1 is its name, %2 its cron expression, %3 when it runs in words.</extracomment>
        <translation>&quot;%1&quot;: %2 (%3)</translation>
    </message>
    <message>
        <source>Reading function %1</source>
        <extracomment>A step of a redeploy, shown as its progress.</extracomment>
        <translation>Leser funksjon %1</translation>
    </message>
    <message>
        <source>Function %1 does not exist; nothing was changed.</source>
        <translation>Funksjon %1 finnes ikke; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The function has secrets (%1) whose values CDF never returns; give them again to redeploy. Nothing was changed.</source>
        <extracomment>%1 is a list of secret keys.</extracomment>
        <translation>Funksjonen har hemmeligheter (%1), og CDF returnerer aldri verdiene deres; oppgi dem på nytt for å distribuere en ny versjon. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Saving the schedules and their input data</source>
        <translation>Lagrer tidsplanene og inndataene deres</translation>
    </message>
    <message>
        <source>Could not read the input data of schedule &quot;%1&quot;: %2 Nothing was changed.</source>
        <extracomment>%1 is a schedule&apos;s name, %2 the error (a sentence).</extracomment>
        <translation>Kunne ikke lese inndataene til tidsplanen &quot;%1&quot;: %2 Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Checking, packaging and uploading the new code</source>
        <translation>Kontrollerer, pakker og laster opp den nye koden</translation>
    </message>
    <message>
        <source>The old function and its schedules were not touched.</source>
        <translation>Den gamle funksjonen og tidsplanene dens ble ikke rørt.</translation>
    </message>
    <message>
        <source>Deleting the old function %1 (its code file %2 is kept until the new version is Ready)</source>
        <extracomment>%1 is a function id, %2 a file id.</extracomment>
        <translation>Sletter den gamle funksjonen %1 (kodefilen %2 beholdes til den nye versjonen er klar)</translation>
    </message>
    <message>
        <source>Could not delete the old function: %1 The old function and its schedules are unchanged.</source>
        <extracomment>%1 is the error (a sentence).</extracomment>
        <translation>Kunne ikke slette den gamle funksjonen: %1 Den gamle funksjonen og tidsplanene dens er uendret.</translation>
    </message>
    <message>
        <source>The answer to the delete was lost; checking whether the old function %1 still exists</source>
        <translation>Svaret på slettingen gikk tapt; sjekker om den gamle funksjonen %1 fortsatt finnes</translation>
    </message>
    <message>
        <source>Could not delete the old function: %1 It still exists: the old function and its schedules are unchanged.</source>
        <extracomment>%1 is the error (a sentence).</extracomment>
        <translation>Kunne ikke slette den gamle funksjonen: %1 Den finnes fortsatt: den gamle funksjonen og tidsplanene dens er uendret.</translation>
    </message>
    <message>
        <source>Could not delete the old function %1 (%2), and could not check whether it still exists (%3).</source>
        <extracomment>%1 is a function id, %2 and %3 errors.</extracomment>
        <translation>Kunne ikke slette den gamle funksjonen %1 (%2), og kunne ikke sjekke om den fortsatt finnes (%3).</translation>
    </message>
    <message>
        <source>Its code is kept as file %1 and the new code as file %2.</source>
        <extracomment>%1 and %2 are file ids.</extracomment>
        <translation>Koden dens er beholdt som fil %1, og den nye koden som fil %2.</translation>
    </message>
    <message>
        <source>It had no schedules.</source>
        <translation>Den hadde ingen tidsplaner.</translation>
    </message>
    <message>
        <source>If it is gone, so are its schedules; their definitions and input data were saved:
%1</source>
        <extracomment>%1 is the list of saved schedules, one per line.</extracomment>
        <translation>Hvis den er borte, er tidsplanene dens også borte; definisjonene og inndataene deres ble lagret:
%1</translation>
    </message>
    <message>
        <source>Creating the new function and waiting until it is Ready</source>
        <translation>Oppretter den nye funksjonen og venter til den er klar</translation>
    </message>
    <message>
        <source>It was removed (function %1).</source>
        <translation>Den ble fjernet (funksjon %1).</translation>
    </message>
    <message>
        <source>It could not be removed (function %1: %2).</source>
        <extracomment>%1 is a function id, %2 the error.</extracomment>
        <translation>Den kunne ikke fjernes (funksjon %1: %2).</translation>
    </message>
    <message>
        <source>The new version did not become Ready: %1</source>
        <extracomment>%1 is why (one or more sentences).</extracomment>
        <translation>Den nye versjonen ble ikke klar: %1</translation>
    </message>
    <message>
        <source>The new version failed; restoring the previous version from its code file %1</source>
        <translation>Den nye versjonen mislyktes; gjenoppretter den forrige versjonen fra kodefilen %1</translation>
    </message>
    <message>
        <source>The previous version could not be restored either: %1</source>
        <extracomment>%1 is why (one or more sentences).</extracomment>
        <translation>Den forrige versjonen kunne heller ikke gjenopprettes: %1</translation>
    </message>
    <message>
        <source>There were no schedules.</source>
        <translation>Det var ingen tidsplaner.</translation>
    </message>
    <message>
        <source>The schedules were NOT recreated. Their definitions and input data were saved:
%1</source>
        <extracomment>%1 is the list of saved schedules, one per line.</extracomment>
        <translation>Tidsplanene ble IKKE opprettet på nytt. Definisjonene og inndataene deres ble lagret:
%1</translation>
    </message>
    <message>
        <source>Recreating schedule &quot;%1&quot; (%2 of %3)</source>
        <extracomment>%1 is a schedule&apos;s name; %2 of %3 counts the schedules.</extracomment>
        <translation>Oppretter tidsplanen &quot;%1&quot; på nytt (%2 av %3)</translation>
    </message>
    <message numerus="yes">
        <source>All %n schedules were recreated.</source>
        <translation>
            <numerusform>Tidsplanen ble opprettet på nytt.</numerusform>
            <numerusform>Alle de %n tidsplanene ble opprettet på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 schedules could not be recreated:
%3
Saved definitions:
%4</source>
        <extracomment>%1 of %2 counts the schedules; %3 lists the failures, %4 the saved schedules, one per line.</extracomment>
        <translation>%1 av %2 tidsplaner kunne ikke opprettes på nytt:
%3
Lagrede definisjoner:
%4</translation>
    </message>
    <message>
        <source>The previous version was restored from its code file %1: function %2 (&quot;%3&quot;) is Ready with its old settings.</source>
        <extracomment>%1 is a file id, %2 a function id, %3 its name.</extracomment>
        <translation>Den forrige versjonen ble gjenopprettet fra kodefilen %1: funksjon %2 (&quot;%3&quot;) er klar med de gamle innstillingene.</translation>
    </message>
    <message>
        <source>Redeployed &quot;%1&quot;: the new function %2 is Ready (it replaces %3).</source>
        <extracomment>%1 is the function&apos;s name, %2 and %3 function ids.</extracomment>
        <translation>Ny versjon av &quot;%1&quot; er distribuert: den nye funksjonen %2 er klar (den erstatter %3).</translation>
    </message>
    <message>
        <source>The previous code is kept as file %1.</source>
        <translation>Den forrige koden er beholdt som fil %1.</translation>
    </message>
    <message>
        <source>The previous code file %1 was kept (could not check whether another function uses it: %2).</source>
        <extracomment>%1 is a file id, %2 the error.</extracomment>
        <translation>Den forrige kodefilen %1 ble beholdt (kunne ikke sjekke om en annen funksjon bruker den: %2).</translation>
    </message>
    <message>
        <source>The previous code file %1 was kept: function %2 also uses it.</source>
        <translation>Den forrige kodefilen %1 ble beholdt: funksjon %2 bruker den også.</translation>
    </message>
    <message>
        <source>Code file %1 was removed.</source>
        <translation>Kodefilen %1 ble fjernet.</translation>
    </message>
    <message>
        <source>Code file %1 could not be removed (%2); delete it yourself.</source>
        <extracomment>%1 is a file id, %2 the error.</extracomment>
        <translation>Kodefilen %1 kunne ikke fjernes (%2); slett den selv.</translation>
    </message>
    <message>
        <source>The new function (id %1) was still %2 after %3 minutes.</source>
        <extracomment>%1 is a function id, %2 its status as CDF names it (e.g. &quot;Deploying&quot;), %3 a number of minutes.</extracomment>
        <translation>Den nye funksjonen (ID %1) hadde fortsatt status %2 etter %3 minutter.</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>New schedule</source>
        <translation>Ny tidsplan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Funksjon</translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation>&amp;Enkel</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Gjentas</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>Inter&amp;vall</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>At &amp;minute</source>
        <translation>Ved &amp;minutt</translation>
    </message>
    <message>
        <source>At &amp;time</source>
        <translation>&amp;Klokkeslett</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation>&amp;Dag i måneden</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Tidssone</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avansert</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Dag i måneden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <source>0-59; * any; a-b range; */n every n; a,b list</source>
        <translation>0-59; * alle; a-b område; */n hver n-te; a,b liste</translation>
    </message>
    <message>
        <source>0-23 (UTC); * any; a-b range; */n every n; a,b list</source>
        <translation>0-23 (UTC); * alle; a-b område; */n hver n-te; a,b liste</translation>
    </message>
    <message>
        <source>1-31 or L (the last day); * any; a-b; */n; a,b</source>
        <translation>1-31 eller L (siste dag); * alle; a-b; */n; a,b</translation>
    </message>
    <message>
        <source>1-12 or jan-dec; * any; a-b; */n; a,b</source>
        <translation>1-12 eller jan-dec; * alle; a-b; */n; a,b</translation>
    </message>
    <message>
        <source>0-7 (0 and 7 are Sunday) or sun-sat; * any; a-b; */n; a,b</source>
        <translation>0-7 (0 og 7 er søndag) eller sun-sat; * alle; a-b; */n; a,b</translation>
    </message>
    <message>
        <source>E&amp;xpression (UTC)</source>
        <translation>&amp;Uttrykk (UTC)</translation>
    </message>
    <message>
        <source>Next runs (UTC)</source>
        <translation>Neste kjøringer (UTC)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokal tid</translation>
    </message>
    <message>
        <source>&amp;Input data (passed to handle() as data)</source>
        <translation>&amp;Inndata (sendes til handle() som data)</translation>
    </message>
    <message>
        <source>The schedule signs in with</source>
        <translation>Tidsplanen logger inn med</translation>
    </message>
    <message>
        <source>The client credentials of this &amp;profile</source>
        <translation>Klientlegitimasjonen til denne &amp;profilen</translation>
    </message>
    <message>
        <source>Your current sign-&amp;in (token exchange)</source>
        <translation>Din nåværende innl&amp;ogging (tokenutveksling)</translation>
    </message>
    <message>
        <source>&amp;Other client credentials</source>
        <translation>Annen klient&amp;legitimasjon</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>klient-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>klienthemmelighet</translation>
    </message>
    <message>
        <source>Client credentials kept in the keychain: a profile&apos;s, or ones saved for schedules</source>
        <translation>Klientlegitimasjon i nøkkelringen: fra en profil, eller lagret for tidsplaner</translation>
    </message>
    <message>
        <source>Save them in the &amp;keychain</source>
        <translation>Lagre i nøkkel&amp;ringen</translation>
    </message>
    <message>
        <source>A &amp;nonce you have</source>
        <translation>En nonce du &amp;har</translation>
    </message>
</context>
<context>
    <name>ScheduleHealth</name>
    <message>
        <source>No scheduled calls yet.</source>
        <translation>Ingen planlagte kall ennå.</translation>
    </message>
    <message>
        <source>The last scheduled call went well.</source>
        <translation>Det siste planlagte kallet gikk bra.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n scheduled call(s) failed the way calls fail after the credentials behind the schedule changed (a new client secret, a revoked session, another identity provider). Recreate the schedule with fresh credentials.</source>
        <translation>
            <numerusform>Det siste planlagte kallet mislyktes slik kall mislykkes når legitimasjonen bak tidsplanen er endret (ny klienthemmelighet, tilbakekalt økt, en annen identitetsleverandør). Opprett tidsplanen på nytt med ny legitimasjon.</numerusform>
            <numerusform>De siste %n planlagte kallene mislyktes slik kall mislykkes når legitimasjonen bak tidsplanen er endret (ny klienthemmelighet, tilbakekalt økt, en annen identitetsleverandør). Opprett tidsplanen på nytt med ny legitimasjon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n scheduled call(s) failed.</source>
        <translation>
            <numerusform>Det siste planlagte kallet mislyktes.</numerusform>
            <numerusform>De siste %n planlagte kallene mislyktes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleIntent</name>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>hvert %n. min</numerusform>
            <numerusform>hvert %n. min</numerusform>
        </translation>
    </message>
    <message>
        <source>hourly at :%1 %2</source>
        <translation>hver time kl. :%1 %2</translation>
    </message>
    <message>
        <source>daily %1 %2</source>
        <translation>daglig %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>monthly on the %1. %2 %3</source>
        <translation>månedlig den %1. %2 %3</translation>
    </message>
</context>
<context>
    <name>SchedulesService</name>
    <message>
        <source>list schedules</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>liste opp tidsplaner</translation>
    </message>
    <message>
        <source>read schedules</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese tidsplaner</translation>
    </message>
    <message>
        <source>create schedule &quot;%1&quot;</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>opprette tidsplanen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete schedules</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>slette tidsplaner</translation>
    </message>
    <message>
        <source>read the input data of schedule %1</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>lese inndataene til tidsplan %1</translation>
    </message>
</context>
<context>
    <name>SessionsService</name>
    <message>
        <source>create a session for the call</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>opprette en økt for kallet</translation>
    </message>
    <message>
        <source>functions:read (functionsAcl READ) is needed to list functions, calls, logs and schedules.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>functions:read (functionsAcl READ) trengs for å liste opp funksjoner, kall, logger og tidsplaner.</translation>
    </message>
    <message>
        <source>files:read (filesAcl READ) is needed to check uploads and download a function&apos;s code.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>files:read (filesAcl READ) trengs for å kontrollere opplastinger og laste ned koden til en funksjon.</translation>
    </message>
    <message>
        <source>files:write (filesAcl WRITE) is needed to upload a function&apos;s code when deploying.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>files:write (filesAcl WRITE) trengs for å laste opp koden til en funksjon ved distribusjon.</translation>
    </message>
    <message>
        <source>sessions:create (sessionsAcl CREATE) is needed to call functions and to create schedules.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>sessions:create (sessionsAcl CREATE) trengs for å kalle funksjoner og opprette tidsplaner.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>forventet et objekt</translation>
    </message>
    <message>
        <source>inspect the sign-in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>undersøke innloggingen</translation>
    </message>
    <message>
        <source>functions:write (functionsAcl WRITE) is needed to deploy and delete functions and to manage schedules.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>functions:write (functionsAcl WRITE) trengs for å rulle ut og slette funksjoner og for å administrere tidsplaner.</translation>
    </message>
    <message>
        <source>functions:run (functionsAcl RUN) is needed to call functions, as CDF&apos;s documentation names it for calls.</source>
        <extracomment>Why a capability is needed; the first words name it as CDF does.</extracomment>
        <translation>functions:run (functionsAcl RUN) trengs for å kalle funksjoner, slik CDF-dokumentasjonen oppgir for kall.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>The new language is used when Functions Studio starts again.</source>
        <translation>Det nye språket tas i bruk neste gang Functions Studio starter.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation>&amp;Oppdater hvert</translation>
    </message>
    <message>
        <source>Off (refresh with F5)</source>
        <translation>Av (oppdater med F5)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>&amp;Tell me when a call or deploy ends while the window is in the background</source>
        <translation>&amp;Varsle meg når et kall eller en distribusjon er ferdig mens vinduet er i bakgrunnen</translation>
    </message>
    <message>
        <source>Schedule time &amp;zone</source>
        <translation>Tids&amp;sone for tidsplaner</translation>
    </message>
    <message>
        <source>&amp;Log viewer font</source>
        <translation>Skrift i &amp;loggvisningen</translation>
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
        <translation>Emulatorens P&amp;ython</translation>
    </message>
    <message>
        <source>python3.X for the function&apos;s runtime, else python3</source>
        <translation>python3.X for funksjonens kjøretid, ellers python3</translation>
    </message>
    <message>
        <source>Emulator &amp;wheelhouse</source>
        <translation>Emulatorens &amp;wheelhouse</translation>
    </message>
    <message>
        <source>none: requirements come from their index (PyPI)</source>
        <translation>ingen: avhengigheter hentes fra indeksen sin (PyPI)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>The local emulator uses its Python, wheelhouse and sandbox setting from its next start. A wheelhouse is a folder of .whl files (pip download -d DIR -r requirements.txt): with one, functions&apos; requirements install without network access.</source>
        <translation>Den lokale emulatoren bruker Python, wheelhouse og sandkasseinnstillingen fra neste oppstart. Et wheelhouse er en mappe med .whl-filer (pip download -d DIR -r requirements.txt): med et slikt installeres funksjonenes avhengigheter uten nettverkstilgang.</translation>
    </message>
    <message>
        <source>Run the emulator&apos;s handlers without a &amp;sandbox</source>
        <translation>Kjør emulatorens handlere uten sand&amp;kasse</translation>
    </message>
    <message>
        <source>Only for a computer where the sandbox cannot start (no user namespaces): the emulator then says so on every deploy and call. Without the sandbox a handler can read and change everything your user can, the emulator&apos;s data included.</source>
        <translation>Bare for en datamaskin der sandkassen ikke kan starte (ingen brukernavnerom): emulatoren sier da fra ved hver utrulling og hvert kall. Uten sandkassen kan en handler lese og endre alt brukeren din kan, også emulatorens data.</translation>
    </message>
    <message>
        <source>Cache of call lo&amp;gs</source>
        <translation>Buffer for kall&amp;logger</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The most the logs of finished calls kept for Search Calls may take on disk, over every project; the least recently used go first.</source>
        <translation>Så mye plass loggene fra fullførte kall som beholdes for Søk i kall kan ta på disken, for alle prosjekter; de minst nylig brukte fjernes først.</translation>
    </message>
    <message>
        <source>Remove every kept log now (of every project). Searches read them from CDF again.</source>
        <translation>Fjern alle lagrede logger nå (for alle prosjekter). Søk leser dem fra CDF igjen.</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Tø&amp;m</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <translation>Søk etter kommandoer eller taster</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>(%1 lines before, %2 after: too long to compare line by line)</source>
        <translation>(%1 linjer før, %2 etter: for langt til å sammenligne linje for linje)</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ linje %1 @@</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>no token is stored for this profile; enter it in the profile</source>
        <translation>ikke noe token er lagret for denne profilen; skriv det inn i profilen</translation>
    </message>
    <message>
        <source>cannot read the token from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s error.</extracomment>
        <translation>kan ikke lese tokenet fra nøkkelringen: %1</translation>
    </message>
    <message>
        <source>sign in</source>
        <extracomment>The action, inserted into &quot;Could not %1: %2&quot; (or &quot;Cancelled: %1.&quot;).</extracomment>
        <translation>logge inn</translation>
    </message>
    <message>
        <source>no token is set for this profile</source>
        <translation>ikke noe token er angitt for denne profilen</translation>
    </message>
</context>
<context>
    <name>ToolkitExporter</name>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The code cannot be written in %1: %2</source>
        <translation>Koden kan ikke skrives i %1: %2</translation>
    </message>
    <message>
        <source>The code file cannot be unpacked: %1</source>
        <translation>Kodefilen kan ikke pakkes ut: %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kan ikke erstattes.</translation>
    </message>
    <message>
        <source>The code cannot be moved to %1.</source>
        <translation>Koden kan ikke flyttes til %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (i papirkurven)</translation>
    </message>
    <message>
        <source>%1 (moved to %2)</source>
        <translation>%1 (flyttet til %2)</translation>
    </message>
    <message>
        <source>%1 is not a name for a folder in %2.</source>
        <translation>%1 er ikke et navn på en mappe i %2.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Name</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>External id</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Function path</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Funksjonssti</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <extracomment>A field&apos;s name, inserted at the start of validation messages such as &quot;%1 is required.&quot;</extracomment>
        <translation>Cron-uttrykk</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it (it was probably pasted along).</source>
        <extracomment>%1 is a field&apos;s name, %2 the character&apos;s code in hexadecimal, %3 its position.</extracomment>
        <translation>%1 inneholder et kontrolltegn (U+%2) i posisjon %3; fjern det (det ble sannsynligvis limt inn sammen med teksten).</translation>
    </message>
    <message>
        <source>%1 contains U+FFFD at position %2, a character that could not be decoded: was it read from a file that is not UTF-8?</source>
        <translation>%1 inneholder U+FFFD i posisjon %2, et tegn som ikke kunne dekodes: ble teksten lest fra en fil som ikke er UTF-8?</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is a field&apos;s name, e.g. &quot;Name&quot;.</extracomment>
        <translation>%1 er påkrevd.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %n characters.</source>
        <extracomment>%1 is a field&apos;s name, %2 its length, %3 the limit; %n is how many characters too many.</extracomment>
        <translation>
            <numerusform>%1 har %2 tegn; grensen er %3. Forkort med %n tegn.</numerusform>
            <numerusform>%1 har %2 tegn; grensen er %3. Forkort med %n tegn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>A size, inserted into &quot;The call input is %1 as JSON; this project accepts at most %2.&quot;</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
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
        <translation>Navn er påkrevd: gi funksjonen et navn (maks 140 tegn).</translation>
    </message>
    <message>
        <source>External id is empty; leave it out or give a value (at most 255 characters).</source>
        <translation>Ekstern ID er tom; utelat den eller oppgi en verdi (maks 255 tegn).</translation>
    </message>
    <message>
        <source>Description is empty; leave it out or write 1 to 500 characters.</source>
        <translation>Beskrivelsen er tom; utelat den eller skriv 1 til 500 tegn.</translation>
    </message>
    <message>
        <source>Function path is empty; give the path of the file that defines handle(), e.g. handler.py.</source>
        <translation>Funksjonsstien er tom; oppgi stien til filen som definerer handle(), f.eks. handler.py.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; uses backslashes; write it with forward slashes: &quot;%2&quot;.</source>
        <translation>Funksjonsstien &quot;%1&quot; bruker omvendte skråstreker; skriv den med vanlige skråstreker: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; is absolute; give it relative to the function folder, e.g. &quot;%2&quot;.</source>
        <translation>Funksjonsstien &quot;%1&quot; er absolutt; oppgi den relativt til funksjonsmappen, f.eks. &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; leaves the function folder with &quot;..&quot;; the file must be inside the folder.</source>
        <translation>Funksjonsstien &quot;%1&quot; går ut av funksjonsmappen med &quot;..&quot;; filen må ligge i mappen.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; has an empty or &quot;.&quot; segment; write it like &quot;src/handler.py&quot;.</source>
        <translation>Funksjonsstien &quot;%1&quot; har et tomt segment eller et &quot;.&quot;-segment; skriv den som &quot;src/handler.py&quot;.</translation>
    </message>
    <message>
        <source>Function path &quot;%1&quot; must name a Python file ending in .py.</source>
        <translation>Funksjonsstien &quot;%1&quot; må angi en Python-fil som slutter på .py.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n secrets; a function can have at most %1. Remove %2 or combine them into one JSON secret.</source>
        <extracomment>%n is the number of secrets, %1 the limit, %2 how many to remove.</extracomment>
        <translation>
            <numerusform>Det er %n hemmelighet; en funksjon kan ha maks %1. Fjern %2, eller slå dem sammen til én JSON-hemmelighet.</numerusform>
            <numerusform>Det er %n hemmeligheter; en funksjon kan ha maks %1. Fjern %2, eller slå dem sammen til én JSON-hemmelighet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret has an empty key; give every secret a name.</source>
        <translation>En hemmelighet har en tom nøkkel; gi alle hemmelighetene et navn.</translation>
    </message>
    <message>
        <source>Secret key &quot;%1&quot; may only contain lower-case letters (a-z), digits and &apos;-&apos;. Rename it, e.g. &quot;%2&quot;.</source>
        <translation>Hemmelighetsnøkkelen &quot;%1&quot; kan bare inneholde små bokstaver (a-z), sifre og &apos;-&apos;. Gi den nytt navn, f.eks. &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Secret key &quot;%1&quot; is %n characters long; secret keys may be at most %2 characters.</source>
        <extracomment>%1 is the key, %n its length in characters, %2 the limit.</extracomment>
        <translation>
            <numerusform>Hemmelighetsnøkkelen &quot;%1&quot; har %n tegn; hemmelighetsnøkler kan ha maks %2 tegn.</numerusform>
            <numerusform>Hemmelighetsnøkkelen &quot;%1&quot; har %n tegn; hemmelighetsnøkler kan ha maks %2 tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; has an empty value; the handler will receive an empty string.</source>
        <translation>Hemmeligheten &quot;%1&quot; har en tom verdi; handleren får en tom streng.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n environment variables; the limit is %1.</source>
        <translation>
            <numerusform>Det er %n miljøvariabel; grensen er %1.</numerusform>
            <numerusform>Det er %n miljøvariabler; grensen er %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment variable has an empty name.</source>
        <translation>En miljøvariabel har et tomt navn.</translation>
    </message>
    <message>
        <source>Environment variable name &quot;%1&quot; may only contain letters, digits and &apos;_&apos;. Rename it, e.g. &quot;%2&quot;.</source>
        <translation>Navnet på miljøvariabelen &quot;%1&quot; kan bare inneholde bokstaver, sifre og &apos;_&apos;. Gi den nytt navn, f.eks. &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata has %n key-value pairs; the limit is %1.</source>
        <translation>
            <numerusform>Metadataene har %n nøkkel-verdi-par; grensen er %1.</numerusform>
            <numerusform>Metadataene har %n nøkkel-verdi-par; grensen er %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A metadata entry has an empty key.</source>
        <translation>En metadataoppføring har en tom nøkkel.</translation>
    </message>
    <message numerus="yes">
        <source>Metadata key &quot;%1&quot; is %n characters long; keys may be at most %2.</source>
        <extracomment>%1 is the key, %n its length in characters, %2 the limit.</extracomment>
        <translation>
            <numerusform>Metadatanøkkelen &quot;%1&quot; har %n tegn; nøkler kan ha maks %2.</numerusform>
            <numerusform>Metadatanøkkelen &quot;%1&quot; har %n tegn; nøkler kan ha maks %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value of metadata key &quot;%1&quot; is %n characters long; values may be at most %2.</source>
        <extracomment>%1 is the key, %n the value&apos;s length in characters, %2 the limit.</extracomment>
        <translation>
            <numerusform>Verdien til metadatanøkkelen &quot;%1&quot; har %n tegn; verdier kan ha maks %2.</numerusform>
            <numerusform>Verdien til metadatanøkkelen &quot;%1&quot; har %n tegn; verdier kan ha maks %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metadata takes %1 bytes in total; the limit is %2 bytes. Shorten keys or values.</source>
        <translation>Metadataene tar %1 byte totalt; grensen er %2 byte. Forkort nøkler eller verdier.</translation>
    </message>
    <message>
        <source>Metadata takes %1 bytes in total. CDF documents both 512 and 4096 bytes as the limit; some projects may reject more than 512.</source>
        <translation>Metadataene tar %1 byte totalt. CDF dokumenterer både 512 og 4096 byte som grense; noen prosjekter kan avvise mer enn 512.</translation>
    </message>
    <message>
        <source>CPU must be a positive number of cores, e.g. 0.25.</source>
        <translation>CPU må være et positivt antall kjerner, f.eks. 0,25.</translation>
    </message>
    <message>
        <source>CPU %1 is outside this project&apos;s limits: choose from %2 to %3 cores (default %4).</source>
        <extracomment>%1 is the value given, %2 to %3 the project&apos;s range, %4 the default.</extracomment>
        <translation>CPU %1 er utenfor grensene for dette prosjektet: velg fra %2 til %3 kjerner (standard %4).</translation>
    </message>
    <message>
        <source>Memory must be a positive number of GB, e.g. 1.5.</source>
        <translation>Minne må være et positivt antall GB, f.eks. 1,5.</translation>
    </message>
    <message>
        <source>Memory %1 GB is outside this project&apos;s limits: choose from %2 to %3 GB (default %4).</source>
        <extracomment>%1 is the value given, %2 to %3 the project&apos;s range, %4 the default.</extracomment>
        <translation>Minne %1 GB er utenfor grensene for dette prosjektet: velg fra %2 til %3 GB (standard %4).</translation>
    </message>
    <message>
        <source>Runtime &quot;%1&quot; is not available in this project; choose one of %2.</source>
        <translation>Kjøremiljøet &quot;%1&quot; er ikke tilgjengelig i dette prosjektet; velg ett av disse: %2.</translation>
    </message>
    <message>
        <source>Runtime &quot;%1&quot; is not a Python runtime name; write it like &quot;py311&quot;.</source>
        <translation>Kjøremiljøet &quot;%1&quot; er ikke navnet på et Python-kjøremiljø; skriv det som &quot;py311&quot;.</translation>
    </message>
    <message>
        <source>Schedule name is required (at most 140 characters).</source>
        <translation>Tidsplanen må ha et navn (maks 140 tegn).</translation>
    </message>
    <message>
        <source>Cron expression &quot;%1&quot;: %2 in the %3 field at column %4.</source>
        <extracomment>%1 is the expression, %2 what is wrong with it, %3 the field&apos;s name (e.g. &quot;minute&quot;), %4 a column number.</extracomment>
        <translation>Cron-uttrykket &quot;%1&quot;: %2 (%3, kolonne %4).</translation>
    </message>
    <message>
        <source>The function has no code file: upload the zip first and use its file id.</source>
        <translation>Funksjonen har ingen kodefil: last opp zip-filen først og bruk fil-ID-en.</translation>
    </message>
    <message>
        <source>Package index URL is not a valid http(s) URL, e.g. https://pypi.example.com/simple.</source>
        <translation>URL-en til pakkeindeksen er ikke en gyldig http(s)-URL (f.eks. https://pypi.example.com/simple).</translation>
    </message>
    <message>
        <source>Choose the function the schedule calls.</source>
        <translation>Velg funksjonen som tidsplanen skal kalle.</translation>
    </message>
    <message>
        <source>Give either the function&apos;s id or its external id, not both.</source>
        <translation>Oppgi enten funksjonens ID eller dens eksterne ID, ikke begge.</translation>
    </message>
    <message>
        <source>A schedule with credentials (a session nonce) must name its function by id, not external id.</source>
        <translation>En tidsplan med legitimasjon (en økt-nonce) må angi funksjonen med ID, ikke ekstern ID.</translation>
    </message>
    <message>
        <source>The call input is %1 as JSON; this project accepts at most %2. Pass a reference (e.g. a file id) instead of the data itself.</source>
        <extracomment>%1 and %2 are sizes, e.g. &quot;12.5 kB&quot;.</extracomment>
        <translation>Kallets inndata er %1 som JSON; dette prosjektet godtar maks %2. Send en referanse (f.eks. en fil-ID) i stedet for selve dataene.</translation>
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
        <translation>Et skrivebordsverktøy for å bygge, distribuere, kalle og planlegge Cognite Data Fusion Functions, med en lokal emulator som faktisk kjører Python-handlerne.

Det er bygget med disse bibliotekene:</translation>
    </message>
    <message>
        <source>LGPL-3.0-only (Qt Charts and Qt HTTP Server: GPL-3.0-only)</source>
        <translation>LGPL-3.0-only (Qt Charts og Qt HTTP Server: GPL-3.0-only)</translation>
    </message>
    <message>
        <source>LGPL-2.1-or-later with a static linking exception</source>
        <translation>LGPL-2.1-or-later med unntak for statisk lenking</translation>
    </message>
    <message>
        <source>the system&apos;s python3</source>
        <translation>systemets python3</translation>
    </message>
    <message>
        <source>PSF-2.0 (runs handlers; not linked)</source>
        <translation>PSF-2.0 (kjører handlere; ikke lenket)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lisens</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::Actions</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Ny profil…</translation>
    </message>
    <message>
        <source>Connect to another CDF project</source>
        <translation>Koble til et annet CDF-prosjekt</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Rediger profil…</translation>
    </message>
    <message>
        <source>Change how this profile signs in</source>
        <translation>Endre hvordan denne profilen logger inn</translation>
    </message>
    <message>
        <source>&amp;Remove Profile…</source>
        <translation>&amp;Fjern profil…</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets from the keychain</source>
        <translation>Fjern denne profilen og hemmelighetene dens fra nøkkelringen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>Deploy, call and schedule a demo function on the local emulator, step by step</source>
        <translation>Distribuer, kall og planlegg en demofunksjon på den lokale emulatoren, trinn for trinn</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>Every command that has a shortcut</source>
        <translation>Alle kommandoer som har en hurtigtast</translation>
    </message>
    <message>
        <source>&amp;About Functions Studio</source>
        <translation>&amp;Om Functions Studio</translation>
    </message>
    <message>
        <source>Version, libraries and licenses</source>
        <translation>Versjon, biblioteker og lisenser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Theme, refresh interval, notifications, schedule time zone, log font</source>
        <translation>Tema, oppdateringsintervall, varsler, tidssone for tidsplaner, loggskrift</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>Kopier &amp;ID</translation>
    </message>
    <message>
        <source>Copy the id of the selected item</source>
        <translation>Kopier ID-en til det valgte elementet</translation>
    </message>
    <message>
        <source>Copy E&amp;xternal Id</source>
        <translation>Kopier e&amp;kstern ID</translation>
    </message>
    <message>
        <source>Copy the external id of the selected function</source>
        <translation>Kopier den eksterne ID-en til den valgte funksjonen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Delete the selected functions or schedules</source>
        <translation>Slett de valgte funksjonene eller tidsplanene</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation>Søk i gjeldende visning</translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation>&amp;Funksjoner</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Kall</translation>
    </message>
    <message>
        <source>Calls of the selected function</source>
        <translation>Kall til den valgte funksjonen</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Tidsplaner</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Distribuer…</translation>
    </message>
    <message>
        <source>Deploy a function from a folder, a zip or a Python file</source>
        <translation>Distribuer en funksjon fra en mappe, en zip eller en Python-fil</translation>
    </message>
    <message>
        <source>Deploy &amp;New Version…</source>
        <translation>Distribuer &amp;ny versjon…</translation>
    </message>
    <message>
        <source>Replace the selected function with new code, keeping its schedules</source>
        <translation>Erstatt den valgte funksjonen med ny kode og behold tidsplanene</translation>
    </message>
    <message>
        <source>C&amp;all…</source>
        <translation>K&amp;all…</translation>
    </message>
    <message>
        <source>Call the selected function with JSON input and follow its logs</source>
        <translation>Kall den valgte funksjonen med JSON-inndata og følg loggene</translation>
    </message>
    <message>
        <source>New &amp;Schedule…</source>
        <translation>Ny &amp;tidsplan…</translation>
    </message>
    <message>
        <source>Run a function on a schedule, with a form for the times</source>
        <translation>Kjør en funksjon etter en tidsplan, med et skjema for tidspunktene</translation>
    </message>
    <message>
        <source>&amp;Edit Schedule…</source>
        <translation>&amp;Rediger tidsplan…</translation>
    </message>
    <message>
        <source>Change the selected schedule (CDF makes a new one and deletes the old one)</source>
        <translation>Endre den valgte tidsplanen (CDF lager en ny og sletter den gamle)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Schedule…</source>
        <translation>Du&amp;pliser tidsplan…</translation>
    </message>
    <message>
        <source>A new schedule like the selected one</source>
        <translation>En ny tidsplan lik den valgte</translation>
    </message>
    <message>
        <source>&amp;Week View</source>
        <translation>&amp;Ukevisning</translation>
    </message>
    <message>
        <source>Every schedule of the project on a 7-day timeline in local time</source>
        <translation>Alle tidsplanene i prosjektet på en 7-dagers tidslinje i lokal tid</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Skrivebords&amp;varsler</translation>
    </message>
    <message>
        <source>Tell me when a call or a deploy I started ends while I am in another window</source>
        <translation>Varsle meg når et kall eller en distribusjon jeg har startet, er ferdig mens jeg er i et annet vindu</translation>
    </message>
    <message>
        <source>&amp;Promote to Another Project…</source>
        <translation>&amp;Overfør til et annet prosjekt…</translation>
    </message>
    <message>
        <source>Deploy the selected function, with its settings and schedules, to the project of another profile</source>
        <translation>Distribuer den valgte funksjonen, med innstillinger og tidsplaner, til prosjektet til en annen profil</translation>
    </message>
    <message>
        <source>&amp;Open Response and Logs</source>
        <translation>Åpne svar og &amp;logger</translation>
    </message>
    <message>
        <source>Open the selected call</source>
        <translation>Åpne det valgte kallet</translation>
    </message>
    <message>
        <source>View &amp;Input Data</source>
        <translation>&amp;Vis inndata</translation>
    </message>
    <message>
        <source>Show the input data of the selected schedule</source>
        <translation>Vis inndataene til den valgte tidsplanen</translation>
    </message>
    <message>
        <source>Request Functions Ac&amp;tivation</source>
        <translation>&amp;Be om aktivering av Functions</translation>
    </message>
    <message>
        <source>Ask CDF to activate Functions for this project</source>
        <translation>Be CDF om å aktivere Functions for dette prosjektet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Kjør nå</translation>
    </message>
    <message>
        <source>Call the selected schedule&apos;s function now, with the schedule&apos;s input data</source>
        <translation>Kall funksjonen til den valgte tidsplanen nå, med tidsplanens inndata</translation>
    </message>
    <message>
        <source>E&amp;xport as Toolkit Module…</source>
        <translation>Ek&amp;sporter som Toolkit-modul…</translation>
    </message>
    <message>
        <source>Write the selected function, its schedules and its code as the files of a Cognite Toolkit module</source>
        <translation>Skriv den valgte funksjonen, tidsplanene og koden som filene til en Cognite Toolkit-modul</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitorering</translation>
    </message>
    <message>
        <source>Calls, failures and durations of every function over a window</source>
        <translation>Kall, feil og varighet for alle funksjoner over et tidsrom</translation>
    </message>
    <message>
        <source>Search C&amp;alls…</source>
        <translation>Søk i k&amp;all…</translation>
    </message>
    <message>
        <source>Search the logs of many calls at once</source>
        <translation>Søk i loggene til mange kall samtidig</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ActivationBanner</name>
    <message>
        <source>Activation of Functions was requested for project %1. It can take a while (hours on CDF); this view refreshes by itself.</source>
        <translation>Aktivering av Functions er bestilt for prosjekt %1. Det kan ta litt tid (timer på CDF); denne visningen oppdateres av seg selv.</translation>
    </message>
    <message>
        <source>Functions is not activated for project %1 (status: %2). Functions cannot be deployed until it is.</source>
        <translation>Functions er ikke aktivert for prosjekt %1 (status: %2). Funksjoner kan ikke distribueres før det er gjort.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>Kall %1</translation>
    </message>
    <message>
        <source>Call %1 (version %2)</source>
        <translation>Kall %1 (versjon %2)</translation>
    </message>
    <message>
        <source>This call ran on version %1 of the function (function %2), which a redeploy replaced: CDF deleted the call&apos;s response and log with it. What is shown was kept on this machine.</source>
        <translation>Dette kallet kjørte på versjon %1 av funksjonen (funksjon %2), som en ny utrulling erstattet: CDF slettet kallets svar og logg sammen med den. Det som vises, ble tatt vare på på denne maskinen.</translation>
    </message>
    <message>
        <source>No search read its log while it was there.</source>
        <translation>Ingen søk leste loggen mens den fantes.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallPage</name>
    <message>
        <source>Call &amp;Panels</source>
        <translation>Kall&amp;paneler</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Kall: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Kall</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Kall %1</translation>
    </message>
    <message>
        <source>Call %1 took %2.</source>
        <translation>Kall %1 tok %2.</translation>
    </message>
    <message>
        <source>Open in Own Window</source>
        <translation>Åpne i eget vindu</translation>
    </message>
    <message>
        <source>Moves this call panel into a window of its own, for a second screen.</source>
        <translation>Flytter dette kallpanelet til et eget vindu, for en ekstra skjerm.</translation>
    </message>
    <message>
        <source>Call: %1 — %2</source>
        <translation>Kall: %1 — %2</translation>
    </message>
    <message>
        <source>Back into the Main Window</source>
        <translation>Tilbake til hovedvinduet</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallPanel</name>
    <message>
        <source>Recent inputs (type to search)</source>
        <translation>Siste inndata (skriv for å søke)</translation>
    </message>
    <message>
        <source>Save the input</source>
        <translation>Lagre inndataene</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Delete the saved input?</source>
        <translation>Slette de lagrede inndataene?</translation>
    </message>
    <message>
        <source>Delete the saved input &quot;%1&quot;?</source>
        <translation>Slette de lagrede inndataene &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Brukt %1</translation>
    </message>
    <message>
        <source>Saved inputs</source>
        <translation>Lagrede inndata</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the schedule&apos;s input data: %1</source>
        <translation>Kunne ikke lese inndataene til tidsplanen: %1</translation>
    </message>
    <message>
        <source>the input is far larger than this project&apos;s limit of %1</source>
        <translation>inndataene er langt større enn prosjektets grense på %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Linje %1, kolonne %2: %3.</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 av maks %2</translation>
    </message>
    <message>
        <source>%1 looks like a secret. A call&apos;s input is stored with the call, and anyone who can read the function&apos;s calls can read it: pass secrets to the function as secrets instead. This input is not kept in the recent inputs on this computer.</source>
        <translation>%1 ser ut som en hemmelighet. Inndataene til et kall lagres sammen med kallet, og alle som kan lese funksjonens kall, kan lese dem: send heller hemmeligheter til funksjonen som funksjonshemmeligheter (secrets). Disse inndataene lagres ikke blant de siste inndataene på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Not connected to the project: choose its profile in the main window.</source>
        <translation>Ikke koblet til prosjektet: velg profilen i hovedvinduet.</translation>
    </message>
    <message>
        <source>The call was not made: %1</source>
        <translation>Kallet ble ikke utført: %1</translation>
    </message>
    <message>
        <source>called from Functions Studio</source>
        <translation>kalt fra Functions Studio</translation>
    </message>
    <message>
        <source>Calling is off: %1. The input and the calls above are kept.</source>
        <translation>Kall er slått av: %1. Inndataene og kallene ovenfor beholdes.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Kall %1</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallSearchWindow</name>
    <message>
        <source>Search Calls</source>
        <translation>Søk i kall</translation>
    </message>
    <message>
        <source>Text in the logs, e.g. Traceback</source>
        <translation>Tekst i loggene, f.eks. Traceback</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulært &amp;uttrykk</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Skill mellom store/små &amp;bokstaver</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>F&amp;innes:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Siste time</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Siste 24 timer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> kall</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funksjon:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Tidsrom:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Høyst:</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Kall</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The logs of call %1 could not be read: %2</source>
        <translation>Loggene til kall %1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle funksjoner</translation>
    </message>
    <message>
        <source>Type what to look for in the logs.</source>
        <translation>Skriv hva du vil finne i loggene.</translation>
    </message>
    <message>
        <source>Not a regular expression: %1</source>
        <translation>Ikke et gyldig regulært uttrykk: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Ingen prosjekter er åpne.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>%1, call %2, line %3</source>
        <translation>%1, kall %2, linje %3</translation>
    </message>
    <message>
        <source>Reading the calls of the window…</source>
        <translation>Leser kallene i tidsrommet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) searched (%2 from the cache): %3 hit(s)</source>
        <translation>
            <numerusform>%1 av %n kall søkt (%2 fra bufferen): %3 treff</numerusform>
            <numerusform>%1 av %n kall søkt (%2 fra bufferen): %3 treff</numerusform>
        </translation>
    </message>
    <message>
        <source> — stopped at the first %1 hits</source>
        <translation> — stoppet etter de første %1 treffene</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Stoppet: %1.</translation>
    </message>
    <message numerus="yes">
        <source> — the logs of %n call(s) could not be read</source>
        <translation>
            <numerusform> — loggene til %n kall kunne ikke leses</numerusform>
            <numerusform> — loggene til %n kall kunne ikke leses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the calls of %n function(s) were read for only part of the window</source>
        <translation>
            <numerusform> — kallene til %n funksjon ble lest for bare en del av tidsrommet</numerusform>
            <numerusform> — kallene til %n funksjoner ble lest for bare en del av tidsrommet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallSignIn</name>
    <message>
        <source>Sign the call in &amp;with</source>
        <translation>Logg kallet inn m&amp;ed</translation>
    </message>
    <message>
        <source>this profile&apos;s session</source>
        <translation>denne profilens økt</translation>
    </message>
    <message>
        <source>a one-shot session (no token exchange needed)</source>
        <translation>en engangsøkt (uten tokenutveksling)</translation>
    </message>
    <message>
        <source>a nonce you have</source>
        <translation>en nonce du har</translation>
    </message>
    <message>
        <source>other client credentials</source>
        <translation>annen klientpålogging</translation>
    </message>
    <message>
        <source>A one-shot session works where the identity provider has no token exchange; it is not refreshed, which is fine for one call.</source>
        <translation>En engangsøkt virker der identitetsleverandøren ikke har tokenutveksling; den fornyes ikke, noe som holder for ett kall.</translation>
    </message>
    <message>
        <source>nonce (used once)</source>
        <translation>nonce (brukes én gang)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>klient-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>klienthemmelighet</translation>
    </message>
    <message>
        <source>Paste the nonce to sign the call in with, or choose another way.</source>
        <translation>Lim inn noncen kallet skal logge inn med, eller velg en annen måte.</translation>
    </message>
    <message>
        <source>Give the client id and the client secret to sign the call in with, or choose another way.</source>
        <translation>Oppgi klient-ID og klienthemmelighet kallet skal logge inn med, eller velg en annen måte.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallView</name>
    <message>
        <source>Save the response</source>
        <translation>Lagre svaret</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The response was not saved</source>
        <translation>Svaret ble ikke lagret</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logger</translation>
    </message>
    <message>
        <source>Logs (following live while the call runs)</source>
        <translation>Logger (følges direkte mens kallet kjører)</translation>
    </message>
    <message>
        <source>Logs — the call printed nothing</source>
        <translation>Logger — kallet skrev ikke ut noe</translation>
    </message>
    <message>
        <source>Logs (this project returns a call&apos;s logs only when it has ended)</source>
        <translation>Logger (dette prosjektet returnerer loggene til et kall først når det er ferdig)</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>tilkoblingen til prosjektet ble lukket</translation>
    </message>
    <message>
        <source>Stopped following: %1. The lines above are kept; reopen the call to follow it again.</source>
        <translation>Sluttet å følge: %1. Linjene ovenfor beholdes; åpne kallet på nytt for å følge det igjen.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Kall %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>startet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>tok %1</translation>
    </message>
    <message>
        <source>The call timed out.</source>
        <translation>Kallet fikk tidsavbrudd.</translation>
    </message>
    <message>
        <source>Error and trace</source>
        <translation>Feil og stakksporing</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>(the call is still running)</source>
        <translation>(kallet kjører fortsatt)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>%1 so far, %2 left of the %3-minute limit</source>
        <translation>%1 så langt, %2 igjen av grensen på %3 minutter</translation>
    </message>
    <message>
        <source>%1 of %2 GB memory used</source>
        <extracomment>%1 is the peak memory (&quot;41.2 MB&quot;), %2 the function&apos;s memory setting in GB (&quot;1.5&quot;).</extracomment>
        <translation>%1 av %2 GB minne brukt</translation>
    </message>
    <message>
        <source>%1 memory used</source>
        <translation>%1 minne brukt</translation>
    </message>
    <message>
        <source>cold start (a new process imported the handler)</source>
        <translation>kaldstart (en ny prosess importerte handleren)</translation>
    </message>
    <message>
        <source>warm start</source>
        <translation>varmstart</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsChart</name>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Varighet (s)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No calls to chart</source>
        <translation>Ingen kall å vise i diagrammet</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsModel</name>
    <message>
        <source>Call id</source>
        <translation>Kall-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utløser</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelt</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Tidsplan %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Version %1 (function %2), replaced by a redeploy: kept on this machine, CDF deleted it with its function.</source>
        <translation>Versjon %1 (funksjon %2), erstattet av en ny utrulling: tatt vare på på denne maskinen, CDF slettet den sammen med funksjonen.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>v%1 (replaced)</source>
        <translation>v%1 (erstattet)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsPage</name>
    <message>
        <source>Select a function to see its calls.</source>
        <translation>Velg en funksjon for å se kallene.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Siste time</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Siste 24 timer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Calls of %1</source>
        <translation>Kall til %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>laster inn…</translation>
    </message>
    <message>
        <source>%1 calls loaded, more on scroll</source>
        <translation>%1 kall lastet inn, flere når du ruller</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 kall</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 kall</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CodeDrift</name>
    <message>
        <source>Same as %1</source>
        <translation>Samme som %1</translation>
    </message>
    <message>
        <source>Changed in %1</source>
        <translation>Endret i %1</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Kan ikke sammenlignes</translation>
    </message>
    <message>
        <source>Folder gone</source>
        <translation>Mappen er borte</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Kan ikke leses</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployChecks</name>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1. That is large for a function: uploads and cold starts get slow. Leave data out with a .functionignore file.</source>
        <translation>
            <numerusform>%n fil, %1. Det er stort for en funksjon: opplasting og kaldstart blir trege. Utelat data med en .functionignore-fil.</numerusform>
            <numerusform>%n filer, %1. Det er stort for en funksjon: opplasting og kaldstart blir trege. Utelat data med en .functionignore-fil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n fil, %1.</numerusform>
            <numerusform>%n filer, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials?</source>
        <translation>Legitimasjon?</translation>
    </message>
    <message>
        <source>%1: %2 Leave it out with a .functionignore entry and pass secrets as secrets instead.</source>
        <translation>%1: %2 Utelat den med en oppføring i .functionignore, og send heller hemmeligheter som funksjonshemmeligheter (secrets).</translation>
    </message>
    <message>
        <source>%1 is %2; a handler file that large is not read. Keep handle() in a small module.</source>
        <translation>%1 er %2; en så stor handler-fil blir ikke lest. Hold handle() i en liten modul.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linje %2: %3</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>handle(%1) at %2, line %3.</source>
        <translation>handle(%1) i %2, linje %3.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Runtime %1, %2 CPU, %3 GB memory.</source>
        <translation>Kjøremiljø %1, %2 CPU, %3 GB minne.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Not checked against a project: the external id, the limits, the data set and your access are checked when you deploy (or give a profile).</source>
        <translation>Ikke kontrollert mot et prosjekt: ekstern ID, grenser, datasett og tilgangen din kontrolleres når du distribuerer (eller oppgi en profil).</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Not connected to a project: choose a profile in the main window first.</source>
        <translation>Ikke koblet til et prosjekt: velg en profil i hovedvinduet først.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Hemmeligheter</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value here: the environment variable %2 is not set. cdf deploy reads it from there; the app&apos;s deploy wizard asks for it.</source>
        <translation>Hemmeligheten «%1» har ingen verdi her: miljøvariabelen %2 er ikke satt. cdf deploy leser den derfra; appens distribusjonsveiviser spør etter den.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value: the function would get an empty one.</source>
        <translation>Hemmeligheten «%1» har ingen verdi: funksjonen ville fått en tom verdi.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value: the function gets an empty one. Type its value on the Secrets tab.</source>
        <translation>Hemmeligheten &quot;%1&quot; har ingen verdi: funksjonen får en tom verdi. Skriv inn verdien på fanen Hemmeligheter.</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>%1 already has a function named &quot;%2&quot; (function %3). Without an external id nothing ties the two together, so this makes a second one. Give the function an external id to promote it as a new version next time.</source>
        <translation>%1 har allerede en funksjon med navnet &quot;%2&quot; (funksjon %3). Uten ekstern ID er det ingenting som knytter de to sammen, så dette lager en funksjon til. Gi funksjonen en ekstern ID, så kan den overføres som en ny versjon neste gang.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>your current sign-in (token exchange)</source>
        <translation>din nåværende innlogging (tokenutveksling)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
    <message>
        <source>%1 already has function %2 (&quot;%3&quot;): it is replaced by a new version with the code and settings from %4, and keeps its own schedules. The schedules of %4 are not copied.</source>
        <translation>%1 har allerede funksjon %2 (&quot;%3&quot;): den erstattes av en ny versjon med koden og innstillingene fra %4, og beholder sine egne tidsplaner. Tidsplanene fra %4 kopieres ikke.</translation>
    </message>
    <message>
        <source>A new function in %1 with the code and settings of %2 from %3; it has no schedules.</source>
        <translation>En ny funksjon i %1 med koden og innstillingene til %2 fra %3; den har ingen tidsplaner.</translation>
    </message>
    <message numerus="yes">
        <source>A new function in %1 with the code and settings of %2 from %3, and %n schedule(s) signed in with %4: %5</source>
        <translation>
            <numerusform>En ny funksjon i %1 med koden og innstillingene til %2 fra %3, og %n tidsplan som logger inn med %4: %5</numerusform>
            <numerusform>En ny funksjon i %1 med koden og innstillingene til %2 fra %3, og %n tidsplaner som logger inn med %4: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linje %2</translation>
    </message>
    <message>
        <source>Toolkit files</source>
        <translation>Toolkit-filer</translation>
    </message>
    <message>
        <source>%1 read; every value is filled in.</source>
        <translation>%1 lest; alle verdier er fylt inn.</translation>
    </message>
    <message>
        <source>%1 read with the variables of config.%2.yaml; every value is filled in.</source>
        <translation>%1 lest med variablene fra config.%2.yaml; alle verdier er fylt inn.</translation>
    </message>
    <message>
        <source>config.%1.yaml is for the project %2, and this deploys to %3: choose the environment for %3 on the Settings page.</source>
        <translation>config.%1.yaml gjelder prosjektet %2, og dette distribueres til %3: velg miljøet for %3 på siden Innstillinger.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datasett</translation>
    </message>
    <message>
        <source>Looking up the data set &quot;%1&quot;…</source>
        <translation>Slår opp datasettet «%1»…</translation>
    </message>
    <message>
        <source>The code file goes into the data set &quot;%1&quot; (id %2).</source>
        <translation>Kodefilen legges i datasettet «%1» (ID %2).</translation>
    </message>
    <message>
        <source>%1 has no data set with the external id &quot;%2&quot;. Create it in CDF (Data sets), or name another one (dataSetExternalId in the Toolkit file, or the code file&apos;s data set on the Settings page).</source>
        <translation>%1 har ikke noe datasett med den eksterne ID-en «%2». Opprett det i CDF (Datasett), eller oppgi et annet (dataSetExternalId i Toolkit-filen, eller kodefilens datasett på siden Innstillinger).</translation>
    </message>
    <message>
        <source>Your sign-in may not read data sets, so &quot;%1&quot; cannot be looked up (%2). Ask for datasets:read, or give the data set&apos;s numeric id on the Settings page.</source>
        <translation>Påloggingen din kan ikke lese datasett, så «%1» kan ikke slås opp (%2). Be om datasets:read, eller oppgi datasettets numeriske ID på siden Innstillinger.</translation>
    </message>
    <message>
        <source>Could not look up the data set &quot;%1&quot;: %2</source>
        <translation>Kunne ikke slå opp datasettet «%1»: %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Hashing the code…</source>
        <translation>Beregner hash for koden…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Nothing changed: the code is the same as the deployed version&apos;s (%1). A new version only changes the settings.</source>
        <translation>Ingenting er endret: koden er den samme som i den distribuerte versjonen (%1). En ny versjon endrer bare innstillingene.</translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s; comparing the files…</source>
        <translation>Koden er forskjellig fra den distribuerte versjonens; sammenligner filene…</translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s: %1</source>
        <translation>Koden er forskjellig fra den distribuerte versjonens: %1</translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s.</source>
        <translation>Koden er forskjellig fra den distribuerte versjonen.</translation>
    </message>
    <message>
        <source>Code %1: the Toolkit&apos;s hash of the folder, kept in the function&apos;s metadata as cognite-toolkit-hash (as cdf deploy keeps it), so the next cdf deploy finds the code unchanged.</source>
        <translation>Kode %1: Toolkit-hashen av mappen, lagret i funksjonens metadata som cognite-toolkit-hash (slik cdf deploy gjør), så neste cdf deploy finner koden uendret.</translation>
    </message>
    <message>
        <source>Code %1; kept in the function&apos;s metadata to tell later whether the folder changed.</source>
        <translation>Kode %1; lagres i funksjonens metadata, slik at det senere kan avgjøres om mappen er endret.</translation>
    </message>
    <message>
        <source>Code %1. The metadata has no room for its hash (at most %2 pairs): later deploys cannot tell whether the folder changed.</source>
        <translation>Kode %1. Metadataene har ikke plass til hashen (høyst %2 par): senere utrullinger kan ikke se om mappen er endret.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Tidsplaner</translation>
    </message>
    <message>
        <source>Reading the schedules that will move to the new version…</source>
        <translation>Leser tidsplanene som skal flyttes til den nye versjonen…</translation>
    </message>
    <message>
        <source>Could not read the schedules (%1); the redeploy reads them again.</source>
        <translation>Kunne ikke lese tidsplanene (%1); de leses på nytt når funksjonen distribueres på nytt.</translation>
    </message>
    <message>
        <source>The function has no schedules.</source>
        <translation>Funksjonen har ingen tidsplaner.</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) will be made again on the new version, with their input data, signed in with %1: %2</source>
        <translation>
            <numerusform>%n tidsplan opprettes på nytt på den nye versjonen, med inndataene sine, og logger inn med %1: %2</numerusform>
            <numerusform>%n tidsplaner opprettes på nytt på den nye versjonen, med inndataene sine, og logger inn med %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Checking that &quot;%1&quot; is free…</source>
        <translation>Sjekker at &quot;%1&quot; er ledig…</translation>
    </message>
    <message>
        <source>Could not check the external id: %1</source>
        <translation>Kunne ikke sjekke den eksterne ID-en: %1</translation>
    </message>
    <message>
        <source>Function %1 (&quot;%2&quot;) already has the external id &quot;%3&quot;. Choose another external id, or use &quot;Deploy new version…&quot; on that function.</source>
        <translation>Funksjon %1 (&quot;%2&quot;) har allerede den eksterne ID-en &quot;%3&quot;. Velg en annen ekstern ID, eller bruk «Distribuer ny versjon…» på den funksjonen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is free.</source>
        <translation>&quot;%1&quot; er ledig.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tilgang</translation>
    </message>
    <message>
        <source>Checking what your sign-in may do…</source>
        <translation>Sjekker hva innloggingen din har lov til…</translation>
    </message>
    <message>
        <source>Could not read what your sign-in may do (%1); the deploy will tell.</source>
        <translation>Kunne ikke lese hva innloggingen din har lov til (%1); det vil vise seg under distribusjonen.</translation>
    </message>
    <message>
        <source>%1 may deploy, call and schedule functions.</source>
        <translation>%1 kan distribuere, kalle og planlegge funksjoner.</translation>
    </message>
    <message>
        <source>Python files</source>
        <translation>Python-filer</translation>
    </message>
    <message>
        <source>No local Python found, so the files were not parsed here; CDF will parse them.</source>
        <translation>Fant ingen lokal Python, så filene ble ikke tolket her; CDF vil tolke dem.</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %n Python file(s)…</source>
        <translation>
            <numerusform>Tolker %n Python-fil…</numerusform>
            <numerusform>Tolker %n Python-filer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Avhengigheter</translation>
    </message>
    <message>
        <source>Reading requirements.txt and resolving it with pip…</source>
        <translation>Leser requirements.txt og løser den med pip…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>Looking for imports CDF&apos;s Python would not find…</source>
        <translation>Ser etter importer som CDFs Python ikke ville funnet …</translation>
    </message>
    <message>
        <source>the check stopped with an error</source>
        <translation>kontrollen stoppet med en feil</translation>
    </message>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>den ble ikke ferdig innen %n sekund</numerusform>
            <numerusform>den ble ikke ferdig innen %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be parsed here (%1); CDF will parse them.</source>
        <translation>Filene kunne ikke tolkes her (%1); CDF vil tolke dem.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>intet svar</translation>
    </message>
    <message>
        <source>requirements.txt was not checked here; CDF installs it when it deploys.</source>
        <translation>requirements.txt ble ikke kontrollert her; CDF installerer den når den distribuerer.</translation>
    </message>
    <message>
        <source>The imports were not checked here.</source>
        <translation>Importene ble ikke sjekket her.</translation>
    </message>
    <message numerus="yes">
        <source>All %n Python file(s) parse (Python %1).</source>
        <translation>
            <numerusform>Den %n Python-filen kan tolkes (Python %1).</numerusform>
            <numerusform>Alle %n Python-filene kan tolkes (Python %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) do not parse, so importing them fails in CDF:</source>
        <translation>
            <numerusform>%n fil kan ikke tolkes, så importen av den mislykkes i CDF:</numerusform>
            <numerusform>%n filer kan ikke tolkes, så importen av dem mislykkes i CDF:</numerusform>
        </translation>
    </message>
    <message>
        <source>requirements.txt, line %1 (%2): %3</source>
        <translation>requirements.txt, linje %1 (%2): %3</translation>
    </message>
    <message>
        <source>requirements.txt: %1</source>
        <translation>requirements.txt: %1</translation>
    </message>
    <message>
        <source>pip would refuse this file, so the deploy would fail in CDF.</source>
        <translation>pip ville avvist denne filen, så distribusjonen ville mislykkes i CDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) resolve with pip (Python %1%2): %3</source>
        <translation>
            <numerusform>%n avhengighet kan løses med pip (Python %1%2): %3</numerusform>
            <numerusform>%n avhengigheter kan løses med pip (Python %1%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, wheelhouse %1</source>
        <translation>, wheelhouse %1</translation>
    </message>
    <message>
        <source>nothing to install</source>
        <translation>ingenting å installere</translation>
    </message>
    <message>
        <source>pip cannot install requirements.txt from wheels%1: %2</source>
        <translation>pip kan ikke installere requirements.txt fra wheels%1: %2</translation>
    </message>
    <message>
        <source> from the wheelhouse %1</source>
        <translation> fra wheelhouse %1</translation>
    </message>
    <message>
        <source>A package published only as source is built by CDF; that is not tried here, since building runs its code.</source>
        <translation>En pakke som bare er publisert som kildekode, bygges av CDF; det prøves ikke her, siden byggingen kjører koden dens.</translation>
    </message>
    <message>
        <source>Without network access, set a wheelhouse for the local emulator in File ▸ Settings.</source>
        <translation>Uten nettverkstilgang kan du angi et wheelhouse for den lokale emulatoren under Fil ▸ Innstillinger.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) read as pip reads them. Not resolved: %1 cannot be reached from this computer (check the proxy setting); CDF resolves them when it deploys.</source>
        <translation>
            <numerusform>%n avhengighet lest slik pip leser den. Ikke løst: %1 kan ikke nås fra denne datamaskinen (kontroller proxy-innstillingen); CDF løser den når den distribuerer.</numerusform>
            <numerusform>%n avhengigheter lest slik pip leser dem. Ikke løst: %1 kan ikke nås fra denne datamaskinen (kontroller proxy-innstillingen); CDF løser dem når den distribuerer.</numerusform>
        </translation>
    </message>
    <message>
        <source>pip did not finish resolving requirements.txt within 60 s; CDF resolves it when it deploys.</source>
        <translation>pip ble ikke ferdig med å løse requirements.txt innen 60 s; CDF løser den når den distribuerer.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) read as pip reads them; pip is not available here (%1), so they were not resolved.</source>
        <translation>
            <numerusform>%n avhengighet lest slik pip leser den; pip er ikke tilgjengelig her (%1), så den ble ikke løst.</numerusform>
            <numerusform>%n avhengigheter lest slik pip leser dem; pip er ikke tilgjengelig her (%1), så de ble ikke løst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Not imported here: fix the files that do not parse first.</source>
        <translation>Ikke importert her: rett først filene som ikke kan tolkes.</translation>
    </message>
    <message>
        <source>Every import is the standard library, cognite-sdk or one of its dependencies, the package&apos;s own code, or in requirements.txt.</source>
        <translation>Hver import er standardbiblioteket, cognite-sdk eller en av dets avhengigheter, pakkens egen kode eller står i requirements.txt.</translation>
    </message>
    <message>
        <source>%1:%2 imports %3</source>
        <extracomment>%1 file, %2 line, %3 the module imported.</extracomment>
        <translation>%1:%2 importerer %3</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) name modules CDF&apos;s Python does not have: it holds the standard library, cognite-sdk and its dependencies, and what requirements.txt lists. In CDF these fail with ModuleNotFoundError (here they may work, because this computer has them): add the package that provides each to requirements.txt.</source>
        <translation>
            <numerusform>%n import nevner en modul CDFs Python ikke har: den har standardbiblioteket, cognite-sdk med avhengigheter og det requirements.txt lister opp. I CDF feiler den med ModuleNotFoundError (her kan den virke, fordi denne datamaskinen har modulen): legg pakken som gir den, inn i requirements.txt.</numerusform>
            <numerusform>%n importer nevner moduler CDFs Python ikke har: den har standardbiblioteket, cognite-sdk med avhengigheter og det requirements.txt lister opp. I CDF feiler de med ModuleNotFoundError (her kan de virke, fordi denne datamaskinen har dem): legg pakkene som gir dem, inn i requirements.txt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: give --import to import the handler with a local Python (that runs its top level).</source>
        <translation>Ikke importert: oppgi --import for å importere handleren med en lokal Python (det kjører øverste nivå).</translation>
    </message>
    <message>
        <source>Not imported here: importing runs the code on this computer, and this code comes from %1. Tick &quot;Import the handler here&quot; to check it first; CDF imports it either way.</source>
        <translation>Ikke importert her: importen kjører koden på denne datamaskinen, og denne koden kommer fra %1. Kryss av for «Importer handleren her» for å sjekke den først; CDF importerer den uansett.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>prosjekt %1</translation>
    </message>
    <message>
        <source>a zip</source>
        <translation>en zip</translation>
    </message>
    <message>
        <source>No local Python found, so the handler was not imported here; CDF will import it.</source>
        <translation>Fant ingen lokal Python, så handleren ble ikke importert her; CDF importerer den.</translation>
    </message>
    <message>
        <source>Importing %1 with %2…</source>
        <translation>Importerer %1 med %2…</translation>
    </message>
    <message>
        <source>%1 imports cleanly.</source>
        <translation>%1 importeres uten feil.</translation>
    </message>
    <message>
        <source>Importing it here failed: %1. If that package is in requirements.txt, CDF installs it; otherwise add it there.</source>
        <translation>Import her mislyktes: %1. Hvis pakken står i requirements.txt, installerer CDF den; ellers må du legge den til der.</translation>
    </message>
    <message>
        <source>Importing it here did not finish within 30 s (it may do work at import time).</source>
        <translation>Importen her ble ikke fullført innen 30 s (modulen gjør kanskje arbeid ved import).</translation>
    </message>
    <message>
        <source>Importing it here failed, and will fail in CDF too:
%1</source>
        <translation>Import her mislyktes, og vil også mislykkes i CDF:
%1</translation>
    </message>
    <message>
        <source>No local Python could be started, so the handler was not imported here; CDF will import it.</source>
        <translation>Ingen lokal Python kunne startes, så handleren ble ikke importert her; CDF importerer den.</translation>
    </message>
    <message numerus="yes">
        <source>The secret &quot;%1&quot; is short (%n character(s)). Like cdf deploy, this deploy keeps a hash of the secrets in the function&apos;s metadata (cdf-toolkit-secret-hash), which anyone who may read functions can see; a short secret can be found from it by trying. Use a long random value.</source>
        <translation>
            <numerusform>Hemmeligheten «%1» er kort (%n tegn). Slik cdf deploy gjør, lagrer denne distribusjonen en hash av hemmelighetene i funksjonens metadata (cdf-toolkit-secret-hash), som alle som kan lese funksjoner ser; en kort hemmelighet kan finnes fra den ved prøving. Bruk en lang tilfeldig verdi.</numerusform>
            <numerusform>Hemmeligheten «%1» er kort (%n tegn). Slik cdf deploy gjør, lagrer denne distribusjonen en hash av hemmelighetene i funksjonens metadata (cdf-toolkit-secret-hash), som alle som kan lese funksjoner ser; en kort hemmelighet kan finnes fra den ved prøving. Bruk en lang tilfeldig verdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code %1. The metadata has no room for the Toolkit&apos;s hashes (at most %2 pairs): the next cdf deploy will find the function changed and replace it.</source>
        <translation>Kode %1. Metadataene har ikke plass til Toolkit-hashene (høyst %2 par): neste cdf deploy finner funksjonen endret og erstatter den.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployController</name>
    <message>
        <source>%1 is promoted to %2 and Ready there.</source>
        <translation>%1 er overført til %2 og er klar der.</translation>
    </message>
    <message>
        <source>Deployed to %1</source>
        <translation>Distribuert til %1</translation>
    </message>
    <message>
        <source>Deploy to %1 did not finish</source>
        <translation>Distribusjonen til %1 ble ikke fullført</translation>
    </message>
    <message>
        <source>There is no other profile to promote to: add the target project&apos;s profile first (File ▸ New Profile…).</source>
        <translation>Det finnes ingen annen profil å overføre til: legg først til profilen for målprosjektet (Fil ▸ Ny profil…).</translation>
    </message>
    <message>
        <source>A deploy wizard is open: close it first, then promote %1.</source>
        <translation>En distribusjonsveiviser er åpen: lukk den først, og overfør deretter %1.</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation>Profilen %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Could not promote %1: %2</source>
        <translation>Kunne ikke overføre %1: %2</translation>
    </message>
    <message>
        <source>A deploy wizard is open: close it first, then promote again.</source>
        <translation>En distribusjonsveiviser er åpen: lukk den først, og overfør deretter på nytt.</translation>
    </message>
    <message>
        <source>Export %1: the Toolkit module&apos;s functions folder</source>
        <translation>Eksporter %1: functions-mappen i Toolkit-modulen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Eksporterer %1…</translation>
    </message>
    <message>
        <source>Replace the Export?</source>
        <translation>Erstatte eksporten?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them with the export of %3? They go to the trash; what else is in the folder stays.</source>
        <translation>%1 inneholder allerede %2. Erstatte dem med eksporten av %3? De flyttes til papirkurven; resten av mappen blir værende.</translation>
    </message>
    <message>
        <source>%1 is the folder %2 was deployed from: your working copy there would be replaced by the deployed code.</source>
        <translation>%1 er mappen %2 ble distribuert fra: arbeidskopien din der ville blitt erstattet av den distribuerte koden.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployPreflightPage</name>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before deploying: go back and change the settings or the files, then check again.</source>
        <translation>
            <numerusform>%n feil må rettes før distribusjon: gå tilbake og endre innstillingene eller filene, og kontroller deretter på nytt.</numerusform>
            <numerusform>%n feil må rettes før distribusjon: gå tilbake og endre innstillingene eller filene, og kontroller deretter på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). Read them; tick the box below to deploy anyway.</source>
        <translation>
            <numerusform>%n advarsel. Les den; kryss av i boksen nedenfor for å distribuere likevel.</numerusform>
            <numerusform>%n advarsler. Les dem; kryss av i boksen nedenfor for å distribuere likevel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checks out. Deploy when ready.</source>
        <translation>Alt ser bra ut. Distribuer når du er klar.</translation>
    </message>
    <message>
        <source>Changes against the deployed version</source>
        <translation>Endringer i forhold til den distribuerte versjonen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>(a binary or large file: no line diff)</source>
        <translation>(en binær eller stor fil: ingen linjesammenligning)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployProgressPage</name>
    <message>
        <source>Cancel the deploy?</source>
        <translation>Avbryte distribusjonen?</translation>
    </message>
    <message>
        <source>Cancel the deploy? What it has made so far in the project is removed again.</source>
        <translation>Avbryte distribusjonen? Det som er opprettet i prosjektet så langt, fjernes igjen.</translation>
    </message>
    <message>
        <source>Cancel the deploy</source>
        <translation>Avbryt distribusjonen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Deploying a new version of %1</source>
        <translation>Distribuerer en ny versjon av %1</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <translation>Distribuerer %1</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 (%3/s)</source>
        <translation>Lastet opp %1 av %2 (%3/s)</translation>
    </message>
    <message>
        <source>Zipped %1 of %2</source>
        <translation>Pakket %1 av %2</translation>
    </message>
    <message>
        <source>Waiting for CDF to install and import the code: %1 so far</source>
        <translation>Venter på at CDF skal installere og importere koden: %1 så langt</translation>
    </message>
    <message>
        <source>%1 is Ready (function %2), after %3.</source>
        <translation>%1 er klar (funksjon %2), etter %3.</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; (%2) runs on function %3.</source>
        <translation>Tidsplanen &quot;%1&quot; (%2) kjører på funksjon %3.</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; was not made again: %2</source>
        <translation>Tidsplanen &quot;%1&quot; ble ikke opprettet på nytt: %2</translation>
    </message>
    <message>
        <source>Making schedule &quot;%1&quot; (%2 of %3)</source>
        <translation>Oppretter tidsplanen &quot;%1&quot; (%2 av %3)</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; was not made: %2</source>
        <translation>Tidsplanen &quot;%1&quot; ble ikke opprettet: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Ikke distribuert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Show the function</source>
        <translation>&amp;Vis funksjonen</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeploySettingsPage</name>
    <message>
        <source>%1 to %2 cores; %3 when not set</source>
        <translation>%1 til %2 kjerner; %3 når ikke angitt</translation>
    </message>
    <message>
        <source>%1 to %2 GB; %3 when not set</source>
        <translation>%1 til %2 GB; %3 når ikke angitt</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. CDF does not give secret values back: type each value again, or the new version gets an empty one.</source>
        <translation>Sendes til handle() som secrets. CDF gir ikke tilbake verdiene til hemmeligheter: skriv inn hver verdi på nytt, ellers får den nye versjonen en tom verdi.</translation>
    </message>
    <message>
        <source>Filled in from %1.</source>
        <translation>Fylt ut fra %1.</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. The values you gave last time were filled in from the keychain.</source>
        <translation>Sendes til handle() som secrets. Verdiene du oppga sist, er fylt ut fra nøkkelringen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These schedules of %1 in %2 are made in %3 with their input data once the function is Ready: %4. Each gets a session in %3 from the credentials chosen here and keeps running with them.</source>
        <translation>Disse tidsplanene for %1 i %2 opprettes i %3 med inndataene sine når funksjonen er klar: %4. Hver av dem får en økt i %3 fra legitimasjonen som velges her, og fortsetter å kjøre med den.</translation>
    </message>
    <message>
        <source>The client credentials of this profile (it signs in as a user)</source>
        <translation>Klientlegitimasjonen til denne profilen (den logger inn som en bruker)</translation>
    </message>
    <message>
        <source>The client credentials of this profile (client %1)</source>
        <translation>Klientlegitimasjonen til denne profilen (klient %1)</translation>
    </message>
    <message>
        <source>The function path &quot;%1&quot; is not a file of the package. Pick one of its Python files.</source>
        <translation>Funksjonsstien &quot;%1&quot; er ikke en fil i pakken. Velg en av Python-filene i den.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package index URL; give one like https://pypi.example.com/simple.</source>
        <translation>&quot;%1&quot; er ikke en URL til en pakkeindeks; oppgi en som https://pypi.example.com/simple.</translation>
    </message>
    <message>
        <source>Schedules: give the client id and the client secret the schedules sign in with, or choose another way on the Schedules tab.</source>
        <translation>Tidsplaner: oppgi klient-ID-en og klienthemmeligheten som tidsplanene skal logge inn med, eller velg en annen måte på fanen Tidsplaner.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. The keychain did not keep the values for next time: %1</source>
        <translation>Sendes til handle() som hemmeligheter. Nøkkelringen tok ikke vare på verdiene til neste gang: %1</translation>
    </message>
    <message>
        <source>A new version keeps the external id of %1: it is what ties the versions together.</source>
        <translation>En ny versjon beholder den eksterne ID-en til %1: det er den som knytter versjonene sammen.</translation>
    </message>
    <message>
        <source>Function %1 (&quot;%2&quot;) already has the external id &quot;%3&quot;: choose another, or use Deploy New Version on that function.</source>
        <translation>Funksjon %1 (&quot;%2&quot;) har allerede den eksterne ID-en &quot;%3&quot;: velg en annen, eller bruk «Distribuer ny versjon» på den funksjonen.</translation>
    </message>
    <message>
        <source>Filled in from %1, with the variables of config.%2.yaml.</source>
        <translation>Fylt inn fra %1, med variablene fra config.%2.yaml.</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>Feil: %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Advarsel: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on the checks page.</source>
        <translation>
            <numerusform>… og %n til på kontrollsiden.</numerusform>
            <numerusform>… og %n til på kontrollsiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>These schedules from the Toolkit files are made once the function is Ready: %1. Each gets a session from the credentials chosen here and keeps running with them.</source>
        <translation>Disse tidsplanene fra Toolkit-filene opprettes når funksjonen er klar: %1. Hver får en økt fra legitimasjonen som velges her, og fortsetter å kjøre med den.</translation>
    </message>
    <message>
        <source>The files sign them in as client %1, its secret from %2: type that secret below.</source>
        <translation>Filene logger dem inn som klient %1, med hemmeligheten fra %2: skriv inn den hemmeligheten nedenfor.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data set. Give the data set&apos;s numeric id or its external id (shown in Data sets in CDF), or leave the field empty.</source>
        <translation>«%1» er ikke et datasett. Oppgi datasettets numeriske ID eller eksterne ID (vises under Datasett i CDF), eller la feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeploySourcePage</name>
    <message>
        <source>Function folder</source>
        <translation>Funksjonsmappe</translation>
    </message>
    <message>
        <source>Code zip</source>
        <translation>Kode-zip</translation>
    </message>
    <message>
        <source>Python file</source>
        <translation>Python-fil</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-arkiver (*.zip)</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-filer (*.py)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>There is nothing to deploy in %1.</source>
        <translation>Det er ingenting å distribuere i %1.</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>utelatt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, will be zipped with %2 at the top of the zip.</source>
        <translation>
            <numerusform>%n fil, %1, pakkes med %2 øverst i zip-filen.</numerusform>
            <numerusform>%n filer, %1, pakkes med %2 øverst i zip-filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder&apos;s contents</source>
        <translation>mappens innhold</translation>
    </message>
    <message numerus="yes">
        <source>%n left out.</source>
        <translation>
            <numerusform>%n utelatt.</numerusform>
            <numerusform>%n utelatt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) look like credentials: check them before you deploy.</source>
        <translation>
            <numerusform>%n fil ser ut som legitimasjon: sjekk den før du distribuerer.</numerusform>
            <numerusform>%n filer ser ut som legitimasjon: sjekk dem før du distribuerer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is deployed as handler.py; requirements come from its docstring&apos;s [requirements] block.</source>
        <translation>Filen distribueres som handler.py; avhengighetene hentes fra [requirements]-blokken i docstringen.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployWizard</name>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation>Overfør %1 fra %2 til %3</translation>
    </message>
    <message>
        <source>Deploy a new version of %1</source>
        <translation>Distribuer en ny versjon av %1</translation>
    </message>
    <message>
        <source>Deploy a function</source>
        <translation>Distribuer en funksjon</translation>
    </message>
    <message>
        <source>Deploy new version</source>
        <translation>Distribuer ny versjon</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Distribuer</translation>
    </message>
    <message>
        <source>The schedules are being made</source>
        <translation>Tidsplanene opprettes</translation>
    </message>
    <message>
        <source>The function is Ready and its schedules are being made. Wait a moment: closing now would leave some of them out.</source>
        <translation>Funksjonen er klar, og tidsplanene opprettes. Vent litt: lukker du nå, blir noen av dem ikke opprettet.</translation>
    </message>
    <message>
        <source>A new version is being deployed</source>
        <translation>En ny versjon distribueres</translation>
    </message>
    <message>
        <source>A new version cannot be stopped halfway: if it fails, the previous version is restored with its schedules. Wait for it to finish.</source>
        <translation>En ny versjon kan ikke stoppes halvveis: hvis den mislykkes, gjenopprettes den forrige versjonen med tidsplanene sine. Vent til den er ferdig.</translation>
    </message>
    <message>
        <source>Cancel the deploy?</source>
        <translation>Avbryte distribusjonen?</translation>
    </message>
    <message>
        <source>The deploy is still running. Cancel it? What it has made so far in the project is removed again.</source>
        <translation>Distribusjonen pågår fortsatt. Vil du avbryte den? Det som er opprettet i prosjektet så langt, fjernes igjen.</translation>
    </message>
    <message>
        <source>Cancel the deploy</source>
        <translation>Avbryt distribusjonen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Lukke veiviseren?</translation>
    </message>
    <message>
        <source>Close the wizard? The settings you entered are not kept.</source>
        <translation>Lukke veiviseren? Innstillingene du har lagt inn, blir ikke tatt vare på.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bli her</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trinn %1 av %2</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::FunctionDetails</name>
    <message>
        <source>Select a function to see its details.</source>
        <translation>Velg en funksjon for å se detaljene.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>(CDF never returns secret values.)</source>
        <translation>(CDF returnerer aldri verdiene til hemmeligheter.)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>(no trace)</source>
        <translation>(ingen stakksporing)</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Laster ned…</translation>
    </message>
    <message>
        <source>Reading the zip…</source>
        <translation>Leser zip-filen…</translation>
    </message>
    <message>
        <source>The code file %1 cannot be read: %2.</source>
        <translation>Kodefilen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>%1   (%2 bytes)</source>
        <translation>%1   (%2 byte)</translation>
    </message>
    <message>
        <source>… and %1 more entries</source>
        <translation>… og %1 oppføringer til</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::FunctionsModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Kjøremiljø</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Minne (GB)</translation>
    </message>
    <message>
        <source>Local code</source>
        <translation>Lokal kode</translation>
    </message>
    <message>
        <source>The folder %1 holds the deployed code.</source>
        <translation>Mappen %1 inneholder den distribuerte koden.</translation>
    </message>
    <message>
        <source>The folder %1 changed since it was deployed: deploy a new version to run it.</source>
        <translation>Mappen %1 er endret siden den ble distribuert: distribuer en ny versjon for å kjøre den.</translation>
    </message>
    <message>
        <source>Deployed from %1, but the function has no code hash to compare with.</source>
        <translation>Distribuert fra %1, men funksjonen har ingen kode-hash å sammenligne med.</translation>
    </message>
    <message>
        <source>The folder %1 it was deployed from is gone.</source>
        <translation>Mappen %1 som den ble distribuert fra, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The folder %1 could not be read: %2</source>
        <translation>Mappen %1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Siste kall</translation>
    </message>
    <message>
        <source>Error rate 24 h</source>
        <translation>Feilrate 24 t</translation>
    </message>
    <message>
        <source>Last called %1</source>
        <translation>Sist kalt %1</translation>
    </message>
    <message>
        <source>No call finished in the last 24 hours.</source>
        <translation>Ingen kall ble fullført de siste 24 timene.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished call(s) in the last 24 hours failed or timed out.</source>
        <translation>
            <numerusform>%1 av %n fullført kall de siste 24 timene feilet eller gikk ut på tid.</numerusform>
            <numerusform>%1 av %n fullførte kall de siste 24 timene feilet eller gikk ut på tid.</numerusform>
        </translation>
    </message>
    <message>
        <source>No call in the last 24 hours.</source>
        <translation>Ingen kall de siste 24 timene.</translation>
    </message>
    <message>
        <source>Call %1: %2, started %3</source>
        <translation>Kall %1: %2, startet %3</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::GettingStarted</name>
    <message>
        <source>Try the whole cycle offline on the local emulator, which runs Python handlers on this machine. Nothing here touches a CDF project.</source>
        <translation>Prøv hele syklusen frakoblet på den lokale emulatoren, som kjører Python-handlere på denne maskinen. Ingenting her berører et CDF-prosjekt.</translation>
    </message>
    <message>
        <source>To use a real project: File ▸ New Profile…, or import the .env of your Cognite Toolkit project.</source>
        <translation>For å bruke et ekte prosjekt: Fil ▸ Ny profil…, eller importer .env-filen fra Cognite Toolkit-prosjektet ditt.</translation>
    </message>
    <message>
        <source>1. Open the local emulator</source>
        <translation>1. Åpne den lokale emulatoren</translation>
    </message>
    <message>
        <source>2. Deploy the demo function &quot;%1&quot;</source>
        <translation>2. Distribuer demofunksjonen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>3. Call it and watch its logs live</source>
        <translation>3. Kall den og følg loggene direkte</translation>
    </message>
    <message>
        <source>4. Schedule it with a form</source>
        <translation>4. Planlegg den med et skjema</translation>
    </message>
    <message>
        <source>Could not copy the demo function to %1.</source>
        <translation>Kunne ikke kopiere demofunksjonen til %1.</translation>
    </message>
    <message>
        <source>2. Deploy a function: &quot;%1&quot;</source>
        <translation>2. Distribuer en funksjon: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::JsonEditor</name>
    <message>
        <source>{ &quot;key&quot;: &quot;value&quot; }   (empty: {})</source>
        <translation>{ &quot;nøkkel&quot;: &quot;verdi&quot; }   (tom: {})</translation>
    </message>
    <message>
        <source>the input must be a JSON object, { … }: CDF passes it to handle() as data</source>
        <translation>inndataene må være et JSON-objekt, { … }: CDF sender dem til handle() som data</translation>
    </message>
    <message>
        <source>write true, false and null in small letters: True, False and None are Python, not JSON</source>
        <translation>skriv true, false og null med små bokstaver: True, False og None er Python, ikke JSON</translation>
    </message>
    <message>
        <source>texts and keys need double quotes (&quot;like this&quot;), not single quotes</source>
        <translation>tekster og nøkler trenger doble anførselstegn (&quot;slik&quot;), ikke enkle</translation>
    </message>
    <message>
        <source>a , must be followed by another entry: remove the last ,</source>
        <translation>et , må følges av en ny oppføring: fjern det siste ,</translation>
    </message>
    <message>
        <source>keys need double quotes: &quot;key&quot;: value</source>
        <translation>nøkler trenger doble anførselstegn: &quot;nøkkel&quot;: verdi</translation>
    </message>
    <message>
        <source>a , is missing between two entries</source>
        <translation>det mangler et , mellom to oppføringer</translation>
    </message>
    <message>
        <source>a text is not closed: a &quot; is missing at its end</source>
        <translation>en tekst er ikke avsluttet: det mangler et &quot; på slutten</translation>
    </message>
    <message>
        <source>a ] is missing at the end of the list</source>
        <translation>det mangler en ] på slutten av listen</translation>
    </message>
    <message>
        <source>a } is missing at the end of the object</source>
        <translation>det mangler en } på slutten av objektet</translation>
    </message>
    <message>
        <source>a : is missing between the key and its value</source>
        <translation>det mangler et : mellom nøkkelen og verdien</translation>
    </message>
    <message>
        <source>this is not a JSON value: texts need double quotes; numbers, true, false and null do not</source>
        <translation>dette er ikke en JSON-verdi: tekster trenger doble anførselstegn; tall, true, false og null gjør ikke det</translation>
    </message>
    <message>
        <source>this number is not written as JSON writes numbers (e.g. 42, -1.5, 2e3)</source>
        <translation>dette tallet er ikke skrevet slik JSON skriver tall (f.eks. 42, -1.5, 2e3)</translation>
    </message>
    <message>
        <source>a \ in a text starts an escape (\n, \&quot;, \\): write \\ for a backslash</source>
        <translation>en \ i en tekst starter en escape-sekvens (\n, \&quot;, \\): skriv \\ for en omvendt skråstrek</translation>
    </message>
    <message>
        <source>the text holds bytes that are not UTF-8</source>
        <translation>teksten inneholder byte som ikke er UTF-8</translation>
    </message>
    <message>
        <source>the input must be a JSON object, { … }</source>
        <translation>inndataene må være et JSON-objekt, { … }</translation>
    </message>
    <message>
        <source>the input is nested too deeply</source>
        <translation>inndataene er nestet for dypt</translation>
    </message>
    <message>
        <source>the input is too large</source>
        <translation>inndataene er for store</translation>
    </message>
    <message>
        <source>there is more after the end of the object: remove it, or put both in one object</source>
        <translation>det kommer mer etter slutten av objektet: fjern det, eller legg begge i ett objekt</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::LocalEmulator</name>
    <message>
        <source>the local emulator stopped (exit code %1)</source>
        <translation>den lokale emulatoren stoppet (avslutningskode %1)</translation>
    </message>
    <message>
        <source>cannot start the local emulator (%1): %2</source>
        <translation>kan ikke starte den lokale emulatoren (%1): %2</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::LogPanel</name>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokal tid</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>ingen treff</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Lagre loggen</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Loggfiler (*.log *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The log was not saved</source>
        <translation>Loggen ble ikke lagret</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Not a regular expression: %1</source>
        <translation>Ikke et gyldig regulært uttrykk: %1</translation>
    </message>
    <message>
        <source>%1 more not kept: the viewer keeps up to %2 lines and 2 GB</source>
        <translation>%1 til ble ikke beholdt: visningen beholder opptil %2 linjer og 2 GB</translation>
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
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source> Profile </source>
        <translation> Profil </translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Søk (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation>&amp;Funksjoner</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Kall</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Tidsplaner</translation>
    </message>
    <message>
        <source>&amp;Delete Schedules…</source>
        <translation>&amp;Slett tidsplaner…</translation>
    </message>
    <message>
        <source>&amp;Delete Functions…</source>
        <translation>&amp;Slett funksjoner…</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation>Profilen %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A deploy is running in %1: let it finish (or cancel it) before you open another profile.</source>
        <translation>En distribusjon pågår i %1: la den bli ferdig (eller avbryt den) før du åpner en annen profil.</translation>
    </message>
    <message>
        <source>Functions Studio — %1</source>
        <translation>Functions Studio — %1</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; created: %2 (UTC).</source>
        <translation>Tidsplanen &quot;%1&quot; er opprettet: %2 (UTC).</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; changed: %2 (UTC).</source>
        <translation>Tidsplanen &quot;%1&quot; er endret: %2 (UTC).</translation>
    </message>
    <message>
        <source>There is no function with the external id &quot;%1&quot; in %2.</source>
        <translation>Det finnes ingen funksjon med den eksterne ID-en &quot;%1&quot; i %2.</translation>
    </message>
    <message>
        <source>A deploy is running in %1: let it finish (or cancel it) before you remove the profile.</source>
        <translation>En distribusjon pågår i %1: la den bli ferdig (eller avbryt den) før du fjerner profilen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its secrets.</source>
        <translation>Profilen &quot;%1&quot; er fjernet, sammen med hemmelighetene.</translation>
    </message>
    <message>
        <source>%1 is deployed and Ready.</source>
        <translation>%1 er distribuert og klar.</translation>
    </message>
    <message>
        <source>Connect to a project first, then drop the folder again.</source>
        <translation>Koble til et prosjekt først, og slipp deretter mappen på nytt.</translation>
    </message>
    <message>
        <source>The function of schedule &quot;%1&quot; (id %2) is not in the project: it may have been deleted.</source>
        <translation>Funksjonen til tidsplan &quot;%1&quot; (id %2) finnes ikke i prosjektet: den kan ha blitt slettet.</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitorering</translation>
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
            <numerusform>%n fullført</numerusform>
            <numerusform>%n fullført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n feilet</numerusform>
            <numerusform>%n feilet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n tidsavbrudd</numerusform>
            <numerusform>%n tidsavbrudd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n kjører</numerusform>
            <numerusform>%n kjører</numerusform>
        </translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>ingen kall</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s): </source>
        <translation>
            <numerusform>%n kall: </numerusform>
            <numerusform>%n kall: </numerusform>
        </translation>
    </message>
    <message>
        <source>No calls in this window</source>
        <translation>Ingen kall i dette tidsrommet</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MonitorModel</name>
    <message>
        <source>Failed and timed-out calls of those that finished in the window</source>
        <translation>Feilede og tidsavbrutte kall blant dem som ble fullført i tidsrommet</translation>
    </message>
    <message>
        <source>Half of the finished calls took at most this long</source>
        <translation>Halvparten av de fullførte kallene tok høyst så lang tid</translation>
    </message>
    <message>
        <source>95 % of the finished calls took at most this long</source>
        <translation>95 % av de fullførte kallene tok høyst så lang tid</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Kall</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Tidsavbrudd</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Feilrate</translation>
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
        <translation>Maks</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Siste kall</translation>
    </message>
    <message>
        <source>External id: %1</source>
        <translation>Ekstern ID: %1</translation>
    </message>
    <message>
        <source>Its calls are being read.</source>
        <translation>Kallene leses.</translation>
    </message>
    <message>
        <source>Its calls are being read: the figures so far.</source>
        <translation>Kallene leses: tallene så langt.</translation>
    </message>
    <message>
        <source>Only its newest %L1 calls were read: the figures cover part of the window.</source>
        <translation>Bare de nyeste %L1 kallene ble lest: tallene dekker en del av tidsrommet.</translation>
    </message>
    <message>
        <source>Call %1: %2, started %3</source>
        <translation>Kall %1: %2, startet %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished call(s) failed or timed out.</source>
        <translation>
            <numerusform>%1 av %n fullført kall feilet eller gikk ut på tid.</numerusform>
            <numerusform>%1 av %n fullførte kall feilet eller gikk ut på tid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n kjører</numerusform>
            <numerusform>%n kjører</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls over the window, by status; a line marks a redeploy</source>
        <translation>Kall i tidsrommet etter status; en linje markerer en ny utrulling</translation>
    </message>
    <message>
        <source>The deployed version, and the earlier ones whose calls the figures include</source>
        <translation>Den utrullede versjonen, og de tidligere som tallene tar med kall fra</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
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
        <translation>Versjoner (en ny utrulling gir funksjonen en ny ID; CDF sletter kallene til den gamle, appen tok vare på dem):</translation>
    </message>
    <message numerus="yes">
        <source>v%1: function %2, deployed %3, %n call(s) in the window</source>
        <translation>
            <numerusform>v%1: funksjon %2, rullet ut %3, %n kall i tidsrommet</numerusform>
            <numerusform>v%1: funksjon %2, rullet ut %3, %n kall i tidsrommet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deployed now)</source>
        <translation>%1 (utrullet nå)</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MonitorPage</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Tidsrom:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Siste time</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Siste 24 timer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Egendefinert…</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Fra (lokal tid)</translation>
    </message>
    <message>
        <source>To (local time)</source>
        <translation>Til (lokal tid)</translation>
    </message>
    <message>
        <source>The calls of %1 could not be read: %2</source>
        <translation>Kallene til %1 kunne ikke leses: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n kall</numerusform>
            <numerusform>%n kall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed or timed out</source>
        <translation>
            <numerusform>, %n feilet eller gikk ut på tid</numerusform>
            <numerusform>, %n feilet eller gikk ut på tid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading calls: %1 of %n function(s) read; %2 so far</source>
        <translation>
            <numerusform>Leser kall: %1 av %n funksjon lest; %2 så langt</numerusform>
            <numerusform>Leser kall: %1 av %n funksjoner lest; %2 så langt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s), %1</source>
        <translation>
            <numerusform>%n funksjon, %1</numerusform>
            <numerusform>%n funksjoner, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProfileController</name>
    <message>
        <source>Local emulator</source>
        <translation>Lokal emulator</translation>
    </message>
    <message>
        <source>The local emulator profile needs no settings: it starts functions-emulator on a free loopback port with its data in %1.</source>
        <translation>Profilen for den lokale emulatoren trenger ingen innstillinger: den starter functions-emulator på en ledig loopback-port med dataene i %1.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; (project %2)?

Its client secret, token and refresh token are removed from the keychain. Nothing in the CDF project is touched: functions, calls and schedules stay as they are.</source>
        <translation>Fjerne profilen &quot;%1&quot; (prosjekt %2)?

Klienthemmeligheten, tokenet og oppdateringstokenet fjernes fra nøkkelringen. Ingenting i CDF-prosjektet berøres: funksjoner, kall og tidsplaner forblir som de er.</translation>
    </message>
    <message>
        <source>A secret could not be removed from the keychain: %1. Remove it there by hand if it should go.</source>
        <translation>En hemmelighet kunne ikke fjernes fra nøkkelringen: %1. Fjern den der for hånd hvis den skal bort.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Ingen nøkkelring</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the secret cannot be saved securely.

Keep it in memory for this session only? It is not written anywhere and you will have to enter it again after restarting Functions Studio.</source>
        <translation>Ingen nøkkelring er tilgjengelig på dette systemet (%1), så hemmeligheten kan ikke lagres sikkert.

Vil du beholde den i minnet bare for denne økten? Den skrives ikke noe sted, og du må skrive den inn på nytt når du starter Functions Studio på nytt.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Behold for denne økten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>No keychain: the secret is kept in memory for this session only.</source>
        <translation>Ingen nøkkelring: hemmeligheten holdes i minnet bare for denne økten.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain: %1</source>
        <translation>Hemmeligheten kunne ikke lagres i nøkkelringen: %1</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
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
        <translation>Annen OpenID Connect-leverandør</translation>
    </message>
    <message>
        <source>Import a Toolkit .env file</source>
        <translation>Importer en .env-fil fra Toolkit</translation>
    </message>
    <message>
        <source>.env files (*.env .env*);;All files (*)</source>
        <translation>.env-filer (*.env .env*);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB: that is not a .env file (they are a few lines). Choose the .env file of your Toolkit project.</source>
        <translation>%1 er %2 MB: det er ikke en .env-fil (de er bare noen få linjer). Velg .env-filen fra Toolkit-prosjektet ditt.</translation>
    </message>
    <message>
        <source>Reading %1/.well-known/openid-configuration…</source>
        <translation>Leser %1/.well-known/openid-configuration…</translation>
    </message>
    <message>
        <source>Found the token, authorization and device code URLs.</source>
        <translation>Fant URL-ene for token, autorisasjon og enhetskode.</translation>
    </message>
    <message>
        <source>The cluster changed: paste the token again (the stored one is only ever sent to %1).</source>
        <translation>Klyngen er endret: lim inn tokenet på nytt (det lagrede sendes bare til %1).</translation>
    </message>
    <message>
        <source>The token URL, tenant or client id changed: enter the client secret again (the stored one is only ever sent to %1).</source>
        <translation>Token-URL-en, leieren eller klient-ID-en er endret: skriv inn klienthemmeligheten på nytt (den lagrede sendes bare til %1).</translation>
    </message>
    <message>
        <source>Paste the token (it is kept in the keychain).</source>
        <translation>Lim inn tokenet (det lagres i nøkkelringen).</translation>
    </message>
    <message>
        <source>Enter the client secret (it is kept in the keychain, never in settings files).</source>
        <translation>Skriv inn klienthemmeligheten (den lagres i nøkkelringen, aldri i innstillingsfiler).</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>lagret i nøkkelringen; la stå tomt for å beholde</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importerte %1.</translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation>.env-filen</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation>Logger inn med %1…</translation>
    </message>
    <message>
        <source>Signed in: got a token.</source>
        <translation>Logget inn: fikk et token.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is accessible to %2.</source>
        <translation>Prosjektet &quot;%1&quot; er tilgjengelig for %2.</translation>
    </message>
    <message>
        <source>The principal %1 has no access to project &quot;%2&quot;. Projects it can use: %3.</source>
        <translation>Identiteten %1 har ikke tilgang til prosjektet &quot;%2&quot;. Prosjekter den kan bruke: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>All capabilities Functions Studio needs are granted.</source>
        <translation>Alle rettighetene Functions Studio trenger, er gitt.</translation>
    </message>
    <message>
        <source>Missing capability: %1</source>
        <translation>Mangler rettighet: %1</translation>
    </message>
    <message>
        <source>Functions is activated for this project.</source>
        <translation>Functions er aktivert for dette prosjektet.</translation>
    </message>
    <message>
        <source>Functions is not activated for this project (status: %1); you can request activation from the main window.</source>
        <translation>Functions er ikke aktivert for dette prosjektet (status: %1); du kan be om aktivering fra hovedvinduet.</translation>
    </message>
    <message>
        <source>Limits: timeout %1 min, CPU %L2–%L3, memory %L4–%L5 GB, runtimes %6.</source>
        <translation>Grenser: tidsavbrudd %1 min, CPU %L2–%L3, minne %L4–%L5 GB, kjøremiljøer %6.</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Vis hemmeligheten</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Skjul hemmeligheten</translation>
    </message>
    <message>
        <source>Directory (tenant) ID: Azure portal ▸ Microsoft Entra ID ▸ App registrations ▸ your app ▸ Overview.</source>
        <translation>Katalog-ID (leietaker): Azure-portalen ▸ Microsoft Entra ID ▸ Appregistreringer ▸ appen din ▸ Oversikt.</translation>
    </message>
    <message>
        <source>Application (client) ID: Azure portal ▸ Microsoft Entra ID ▸ App registrations ▸ your app ▸ Overview.</source>
        <translation>Program-ID (klient): Azure-portalen ▸ Microsoft Entra ID ▸ Appregistreringer ▸ appen din ▸ Oversikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>The test did not finish within %1 and was stopped. Check the network and the proxy setting, then test again.</source>
        <translation>Testen ble ikke ferdig innen %1 og ble stoppet. Kontroller nettverket og proxy-innstillingen, og test på nytt.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address and open it in a browser yourself.</source>
        <translation>Ingen nettleser kunne åpnes: kopier adressen og åpne den selv i en nettleser.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Avbryt testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>standard: %1</translation>
    </message>
    <message>
        <source>required, e.g. %1</source>
        <translation>påkrevd, f.eks. %1</translation>
    </message>
    <message>
        <source>You sign in as yourself in the browser. Register the redirect URI %1 in the app registration (Entra ID: Authentication ▸ Mobile and desktop applications); the port is chosen at each sign-in.</source>
        <translation>Du logger på som deg selv i nettleseren. Registrer omdirigerings-URI-en %1 i appregistreringen (Entra ID: Godkjenning ▸ Mobil- og skrivebordsprogrammer); porten velges ved hver pålogging.</translation>
    </message>
    <message>
        <source>You sign in as yourself with a code, on this or any other device. The app registration must allow public client flows (Entra ID: Authentication ▸ Allow public client flows).</source>
        <translation>Du logger på som deg selv med en kode, på denne eller en annen enhet. Appregistreringen må tillate offentlige klientflyter (Entra ID: Godkjenning ▸ Tillat offentlige klientflyter).</translation>
    </message>
    <message>
        <source>A service principal signs in with its client secret: for automation, not for a person. The secret is kept in the keychain.</source>
        <translation>En tjenestekontohaver logger på med klienthemmeligheten sin: for automatisering, ikke for en person. Hemmeligheten oppbevares i nøkkelringen.</translation>
    </message>
    <message>
        <source>A token you got elsewhere; it is sent to the CDF URL only and stops working when it expires.</source>
        <translation>Et token du har fått et annet sted; det sendes bare til CDF-URL-en og slutter å virke når det utløper.</translation>
    </message>
    <message>
        <source>Tenant and client id are on the app registration&apos;s Overview page (Azure portal ▸ Microsoft Entra ID ▸ App registrations): &quot;Directory (tenant) ID&quot; and &quot;Application (client) ID&quot;.</source>
        <translation>Leietaker og klient-ID står på oversiktssiden til appregistreringen (Azure-portalen ▸ Microsoft Entra ID ▸ Appregistreringer): &quot;Katalog-ID (leietaker)&quot; og &quot;Program-ID (klient)&quot;.</translation>
    </message>
    <message>
        <source>The sign-in method changed: the test was stopped.</source>
        <translation>Påloggingsmetoden ble endret: testen ble stoppet.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. If none opened, open this address in a browser:</source>
        <translation>Logg på i nettleservinduet som ble åpnet. Hvis ingen ble åpnet, åpne denne adressen i en nettleser:</translation>
    </message>
    <message>
        <source>No browser could be opened: open this address in a browser to sign in:</source>
        <translation>Ingen nettleser kunne åpnes: åpne denne adressen i en nettleser for å logge på:</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopier adressen</translation>
    </message>
    <message>
        <source>Open this address in a browser, on this or any device, and enter the code %1:</source>
        <translation>Åpne denne adressen i en nettleser, på denne eller en annen enhet, og skriv inn koden %1:</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kopier koden</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Testen ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectConnection</name>
    <message>
        <source>The profile &quot;%1&quot; has no sign-in method this version knows. Edit the profile and choose one.</source>
        <translation>Profilen &quot;%1&quot; har ingen innloggingsmetode som denne versjonen kjenner. Rediger profilen og velg en.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectMessageBar</name>
    <message>
        <source>Sign in again</source>
        <translation>Logg inn på nytt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Skjul</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectSession</name>
    <message>
        <source>The local emulator could not start: %1</source>
        <translation>Den lokale emulatoren kunne ikke starte: %1</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; was closed</source>
        <translation>profilen &quot;%1&quot; ble lukket</translation>
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
        <translation>CDF struper forespørsler: prøver på nytt om %1</translation>
    </message>
    <message>
        <source>CDF answered HTTP %1: retrying in %2</source>
        <translation>CDF svarte HTTP %1: prøver på nytt om %2</translation>
    </message>
    <message>
        <source>No answer from CDF: retrying in %1</source>
        <translation>Ikke noe svar fra CDF: prøver på nytt om %1</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>For å logge inn åpner du %1 og skriver inn koden %2.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in (%1): you will sign in again next time.</source>
        <translation>Logget inn, men nøkkelringen tok ikke vare på innloggingen (%1): du må logge inn igjen neste gang.</translation>
    </message>
    <message>
        <source>No browser could be opened to sign in: open %1 in a browser.</source>
        <translation>Ingen nettleser kunne åpnes for pålogging: åpne %1 i en nettleser.</translation>
    </message>
    <message>
        <source>The history of calls cannot be kept on disk (%1): calls of replaced versions will not be shown.</source>
        <translation>Historikken over kall kan ikke lagres på disk (%1): kall fra erstattede versjoner vises ikke.</translation>
    </message>
    <message>
        <source>The history of calls could not be written (%1): the app tries again every few seconds.</source>
        <translation>Historikken over kall kunne ikke skrives (%1): appen prøver igjen med noen sekunders mellomrom.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) read from %1 could not be written to its history of calls (%2): they are not kept.</source>
        <translation>
            <numerusform>%n kall lest fra %1 kunne ikke skrives til historikken over kall (%2): det tas ikke vare på.</numerusform>
            <numerusform>%n kall lest fra %1 kunne ikke skrives til historikken over kall (%2): de tas ikke vare på.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of calls is written again.</source>
        <translation>Historikken over kall skrives igjen.</translation>
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
            <numerusform>⟳ %n forespørsel pågår</numerusform>
            <numerusform>⟳ %n forespørsler pågår</numerusform>
        </translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>starter…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>Local emulator (%1) — project %2</source>
        <translation>Lokal emulator (%1) — prosjekt %2</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>Prosjekt %1 på %2</translation>
    </message>
    <message>
        <source>Functions: activated</source>
        <translation>Functions: aktivert</translation>
    </message>
    <message>
        <source>Functions: activation requested</source>
        <translation>Functions: aktivering bedt om</translation>
    </message>
    <message>
        <source>Functions: not activated</source>
        <translation>Functions: ikke aktivert</translation>
    </message>
    <message>
        <source>Functions: %1</source>
        <translation>Functions: %1</translation>
    </message>
    <message>
        <source>Limits: %1 min timeout, CPU ≤ %L2, memory ≤ %L3 GB, %4</source>
        <translation>Grenser: %1 min tidsavbrudd, CPU ≤ %L2, minne ≤ %L3 GB, %4</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>frakoblet</translation>
    </message>
    <message>
        <source>The project could not be reached at the last try: Refresh (F5) tries again.</source>
        <translation>Prosjektet kunne ikke nås ved siste forsøk: Oppdater (F5) prøver igjen.</translation>
    </message>
    <message>
        <source>Last known state of %1 (the project cannot be reached)</source>
        <translation>Sist kjente tilstand fra %1 (prosjektet kan ikke nås)</translation>
    </message>
    <message>
        <source>Last known state of %1, refreshing…</source>
        <translation>Sist kjente tilstand fra %1, oppdaterer…</translation>
    </message>
    <message>
        <source>What the app knew of this project when it last read it. It is replaced as soon as the project answers; until then nothing can be changed.</source>
        <translation>Det appen visste om dette prosjektet da den sist leste det. Det erstattes så snart prosjektet svarer; inntil da kan ingenting endres.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::Promotion</name>
    <message>
        <source>The connection closed.</source>
        <translation>Tilkoblingen ble lukket.</translation>
    </message>
    <message>
        <source>Reading the limits of %1…</source>
        <translation>Leser grensene for %1…</translation>
    </message>
    <message>
        <source>Could not reach the project %1: %2</source>
        <translation>Kunne ikke nå prosjektet %1: %2</translation>
    </message>
    <message>
        <source>Looking for %1 in %2…</source>
        <translation>Ser etter %1 i %2…</translation>
    </message>
    <message>
        <source>Could not look for %1 in %2: %3</source>
        <translation>Kunne ikke se etter %1 i %2: %3</translation>
    </message>
    <message>
        <source>Downloading the code of %1 from %2…</source>
        <translation>Laster ned koden til %1 fra %2…</translation>
    </message>
    <message>
        <source>Could not get the code of %1 (file %2): %3</source>
        <translation>Kunne ikke hente koden til %1 (fil %2): %3</translation>
    </message>
    <message>
        <source>Could not download the code of %1: %2</source>
        <translation>Kunne ikke laste ned koden til %1: %2</translation>
    </message>
    <message>
        <source>Could not keep the downloaded code in %1: %2</source>
        <translation>Kunne ikke ta vare på den nedlastede koden i %1: %2</translation>
    </message>
    <message>
        <source>Reading the schedules of %1…</source>
        <translation>Leser tidsplanene til %1…</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (prosjekt %2)</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>Overfør %1</translation>
    </message>
    <message>
        <source>Deploy %1 with its settings and schedules from %2 to the project of:</source>
        <translation>Distribuer %1 med innstillinger og tidsplaner fra %2 til prosjektet til:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>The local emulator is not running: open its profile once to start it, then promote again.</source>
        <translation>Den lokale emulatoren kjører ikke: åpne profilen én gang for å starte den, og overfør deretter på nytt.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>To sign in to %1, open %2 and enter the code %3.</source>
        <translation>For å logge inn på %1 åpner du %2 og skriver inn koden %3.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Logger inn på %1…</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Innlogging på %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>Could not read the schedules of %1: %2</source>
        <translation>Kunne ikke lese tidsplanene til %1: %2</translation>
    </message>
    <message>
        <source>Could not read the input data of schedule %1: %2</source>
        <translation>Kunne ikke lese inndataene til tidsplan %1: %2</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ResourcePage</name>
    <message>
        <source>Dismiss</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
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
        <translation>Hvert N. minutt</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Hver time</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hver dag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>The client credentials of this profile (client %1)</source>
        <translation>Klientlegitimasjonen til denne profilen (klient %1)</translation>
    </message>
    <message>
        <source>Type them, or pick stored ones</source>
        <translation>Skriv inn, eller velg lagret legitimasjon</translation>
    </message>
    <message>
        <source>The secret of %1 is not in the keychain: type it.</source>
        <translation>Hemmeligheten til %1 er ikke i nøkkelringen: skriv den inn.</translation>
    </message>
    <message>
        <source>Duplicate schedule %1</source>
        <translation>Dupliser tidsplanen %1</translation>
    </message>
    <message>
        <source>Edit schedule %1</source>
        <translation>Rediger tidsplanen %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopi av %1</translation>
    </message>
    <message>
        <source>Reading the schedule&apos;s input data…</source>
        <translation>Leser inndataene til tidsplanen…</translation>
    </message>
    <message>
        <source>The schedule&apos;s input data could not be read (%1): reopen the editor to try again.</source>
        <translation>Inndataene til tidsplanen kunne ikke leses (%1): åpne redigeringsvinduet på nytt for å prøve igjen.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Navn: %1 → %2</translation>
    </message>
    <message>
        <source>Cron: %1 → %2</source>
        <translation>Cron: %1 → %2</translation>
    </message>
    <message>
        <source>Function: %1 → %2</source>
        <translation>Funksjon: %1 → %2</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beskrivelsen er endret</translation>
    </message>
    <message>
        <source>Input data changed</source>
        <translation>Inndataene er endret</translation>
    </message>
    <message>
        <source>Simple mode: %1.</source>
        <translation>Enkel modus: %1.</translation>
    </message>
    <message>
        <source>This expression has no simple form: it is edited on the Advanced tab.</source>
        <translation>Dette uttrykket har ingen enkel form: det redigeres på fanen Avansert.</translation>
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
        <translation>Begge dagfeltene er satt: CDF kjører den på dager som samsvarer med ett av dem. Klassisk (Vixie) cron tolker et felt som begynner med *, som en hvilken som helst dag, og ville bare kjørt den på dager som samsvarer med begge.</translation>
    </message>
    <message>
        <source>Both day fields are set: it runs on days that match either one (day of month or day of week).</source>
        <translation>Begge dagfeltene er satt: den kjører på dager som samsvarer med ett av dem (dag i måneden eller ukedag).</translation>
    </message>
    <message>
        <source>The schedule is being saved: wait a moment before closing.</source>
        <translation>Tidsplanen lagres: vent litt før du lukker.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Navn: %1</translation>
    </message>
    <message>
        <source>Function: choose the function the schedule calls.</source>
        <translation>Funksjon: velg funksjonen som tidsplanen skal kalle.</translation>
    </message>
    <message>
        <source>Input data, line %1, column %2: %3.</source>
        <translation>Inndata, linje %1, kolonne %2: %3.</translation>
    </message>
    <message>
        <source>Input data: %1</source>
        <translation>Inndata: %1</translation>
    </message>
    <message>
        <source>Sign-in: give the client id and the client secret, or choose another way to sign in.</source>
        <translation>Innlogging: oppgi klient-ID-en og klienthemmeligheten, eller velg en annen måte å logge inn på.</translation>
    </message>
    <message>
        <source>Sign-in: paste the nonce, or choose another way to sign in.</source>
        <translation>Innlogging: lim inn nonce-en, eller velg en annen måte å logge inn på.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
    <message>
        <source>your own sign-in</source>
        <translation>din egen innlogging</translation>
    </message>
    <message>
        <source>the session of the nonce</source>
        <translation>økten til nonce-en</translation>
    </message>
    <message>
        <source>The schedule keeps running with %1, with what it may do, until the schedule is deleted or the session is revoked.</source>
        <translation>Tidsplanen fortsetter å kjøre med %1, med de rettighetene den har, til tidsplanen slettes eller økten tilbakekalles.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Ingenting er endret ennå.</translation>
    </message>
    <message>
        <source>Save creates a new schedule with these changes, then deletes the original:
%1</source>
        <translation>Lagre oppretter en ny tidsplan med disse endringene og sletter deretter den opprinnelige:
%1</translation>
    </message>
    <message>
        <source>The schedule was not created: %1</source>
        <translation>Tidsplanen ble ikke opprettet: %1</translation>
    </message>
    <message>
        <source>The new schedule %1 was created, but the original (%2) could not be deleted: %3. Both exist now: delete the original on the Schedules page.</source>
        <translation>Den nye tidsplanen %1 ble opprettet, men den opprinnelige (%2) kunne ikke slettes: %3. Nå finnes begge: slett den opprinnelige på Tidsplaner-siden.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>Profile %1 (client %2)</source>
        <translation>Profil %1 (klient %2)</translation>
    </message>
    <message>
        <source>Saved for schedules: client %1</source>
        <translation>Lagret for tidsplaner: klient %1</translation>
    </message>
    <message>
        <source>The schedule is saved, but its client secret could not be kept in the keychain: %1</source>
        <translation>Tidsplanen er lagret, men klienthemmeligheten kunne ikke lagres i nøkkelringen: %1</translation>
    </message>
    <message>
        <source>Every weekday (Mon–Fri)</source>
        <translation>Hver ukedag (man–fre)</translation>
    </message>
    <message>
        <source>Keep %1 %2 all year: two schedules, one for summer time and one for winter time</source>
        <translation>Behold %1 %2 hele året: to tidsplaner, én for sommertid og én for vintertid</translation>
    </message>
    <message>
        <source>A nonce signs in one schedule: choose another way to sign in for two.</source>
        <translation>En nonce logger inn én tidsplan: velg en annen innlogging for to.</translation>
    </message>
    <message>
        <source>Summer time (months %1): %2 UTC. Winter time (months %3): %4 UTC.</source>
        <translation>Sommertid (måneder %1): %2 UTC. Vintertid (måneder %3): %4 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Clocks change inside a month, so in the coming year %n run(s) are an hour off: %1.</source>
        <translation>
            <numerusform>Klokken stilles midt i en måned, så det kommende året går %n kjøring en time feil: %1.</numerusform>
            <numerusform>Klokken stilles midt i en måned, så det kommende året går %n kjøringer en time feil: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> (summer time)</source>
        <translation> (sommertid)</translation>
    </message>
    <message>
        <source> (winter time)</source>
        <translation> (vintertid)</translation>
    </message>
    <message>
        <source>The schedules were not created: %1</source>
        <translation>Tidsplanene ble ikke opprettet: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created, but &quot;%2&quot; was not: %3 Create it on its own (its cron is %4), or delete the first on the Schedules page.</source>
        <translation>«%1» ble opprettet, men «%2» ble det ikke: %3 Opprett den alene (cron-uttrykket er %4), eller slett den første på siden Tidsplaner.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SchedulesModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>Cron (UTC)</source>
        <translation>Cron (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Neste kjøring (UTC)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>invalid cron</source>
        <translation>ugyldig cron</translation>
    </message>
    <message>
        <source>Next run (%1)</source>
        <translation>Neste kjøring (%1)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokal tid</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Siste kjøring</translation>
    </message>
    <message>
        <source>The last run could not be read; Refresh tries again.</source>
        <translation>Siste kjøring kunne ikke leses; Oppdater prøver igjen.</translation>
    </message>
    <message>
        <source>No scheduled call yet.</source>
        <translation>Ingen planlagte kall ennå.</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, startet %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>ikke lest</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of its last %n run(s) failed or timed out.</source>
        <translation>
            <numerusform>%1
%2 av den siste kjøringen feilet eller gikk ut på tid.</numerusform>
            <numerusform>%1
%2 av de siste %n kjøringene feilet eller gikk ut på tid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SchedulesPage</name>
    <message>
        <source>Only the selected function</source>
        <translation>Bare den valgte funksjonen</translation>
    </message>
    <message>
        <source>Select a schedule and choose View Input Data.</source>
        <translation>Velg en tidsplan, og velg deretter Vis inndata.</translation>
    </message>
    <message>
        <source>Select a schedule to see its recent runs.</source>
        <translation>Velg en tidsplan for å se de siste kjøringene.</translation>
    </message>
    <message>
        <source>Recreate with New Credentials…</source>
        <translation>Opprett på nytt med ny legitimasjon…</translation>
    </message>
    <message>
        <source>Reading the recent runs of %1…</source>
        <translation>Leser de siste kjøringene av %1…</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source>Loading the input data of %1…</source>
        <translation>Laster inn inndataene til %1…</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; has no input data: its calls get data = {}.</source>
        <translation>Tidsplanen &quot;%1&quot; har ingen inndata: kallene får data = {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed in a row. %1</source>
        <translation>
            <numerusform>%n mislyktes. %1</numerusform>
            <numerusform>%n mislyktes på rad. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete schedules</source>
        <translation>Slett tidsplaner</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n schedule(s)?</source>
        <translation>
            <numerusform>Slette %n tidsplan?</numerusform>
            <numerusform>Slette %n tidsplaner?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SettingsDialog</name>
    <message>
        <source>Like the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lys</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Systemets (%1)</translation>
    </message>
    <message>
        <source>0 turns automatic refresh off; otherwise %1 to %2 seconds.</source>
        <translation>0 slår av automatisk oppdatering; ellers %1 til %2 sekunder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Pick one from the list (type to search, e.g. &quot;Oslo&quot; or &quot;New_York&quot;).</source>
        <translation>&quot;%1&quot; er ikke en tidssone. Velg en fra listen (skriv for å søke, f.eks. &quot;Oslo&quot; eller &quot;New_York&quot;).</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Systemets</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Denne proxyen:</translation>
    </message>
    <message>
        <source>Used for sign-in and CDF alike. The system&apos;s proxy is read from http_proxy, https_proxy and no_proxy. The local emulator and the sign-in redirect on 127.0.0.1 never go through a proxy.</source>
        <translation>Brukes for pålogging og CDF likt. Systemets proxy leses fra http_proxy, https_proxy og no_proxy. Den lokale emulatoren og påloggingsomdirigeringen på 127.0.0.1 går aldri gjennom en proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s URL, e.g. http://proxy.example.com:3128, or choose the system&apos;s proxy.</source>
        <translation>Skriv inn proxyens URL, f.eks. http://proxy.example.com:3128, eller velg systemets proxy.</translation>
    </message>
    <message>
        <source>Choose a folder of wheels</source>
        <translation>Velg en mappe med wheels</translation>
    </message>
    <message>
        <source>Emulator Python: %1 is not a program that can be run. Give the full path of a Python interpreter, e.g. /usr/bin/python3.11, or leave it empty.</source>
        <translation>Emulatorens Python: %1 er ikke et program som kan kjøres. Oppgi hele stien til en Python-tolk, f.eks. /usr/bin/python3.11, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Emulator wheelhouse: %1 is not a folder. Choose the folder that holds the .whl files, or leave it empty.</source>
        <translation>Emulatorens wheelhouse: %1 er ikke en mappe. Velg mappen med .whl-filene, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>teller…</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 brukt</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ToolkitExporter</name>
    <message>
        <source>The connection closed before %1 was exported.</source>
        <translation>Tilkoblingen ble lukket før %1 var eksportert.</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 ble ikke eksportert: %2</translation>
    </message>
    <message>
        <source>%1 was not exported: its code (file %2) could not be read: %3</source>
        <translation>%1 ble ikke eksportert: koden (fil %2) kunne ikke leses: %3</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>tilkoblingen ble lukket</translation>
    </message>
    <message>
        <source>%1 was not exported: its code could not be downloaded: %2</source>
        <translation>%1 ble ikke eksportert: koden kunne ikke lastes ned: %2</translation>
    </message>
    <message>
        <source>%1 was exported as a Toolkit module: %2.</source>
        <translation>%1 ble eksportert som Toolkit-modul: %2.</translation>
    </message>
    <message>
        <source>Its secrets are ${VARIABLES} in the file: set them in the environment of cdf deploy.</source>
        <translation>Hemmelighetene står som ${VARIABLER} i filen: sett dem i miljøet til cdf deploy.</translation>
    </message>
    <message>
        <source>Its code file is in no data set with an external id: give dataSetExternalId in the file before cdf build.</source>
        <translation>Kodefilen ligger ikke i noe datasett med ekstern ID: oppgi dataSetExternalId i filen før cdf build.</translation>
    </message>
    <message>
        <source>%1 was not exported: its schedules could not be read: %2</source>
        <translation>%1 ble ikke eksportert: tidsplanene kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 was not exported: the input data of its schedule %2 could not be read: %3</source>
        <translation>%1 ble ikke eksportert: inndataene til tidsplanen %2 kunne ikke leses: %3</translation>
    </message>
    <message>
        <source>What was there before: %1.</source>
        <translation>Det som var der før: %1.</translation>
    </message>
    <message>
        <source>Its external id is not a plain folder name, so the files are named %1; cdf build looks for the code in a folder named after the external id: give the function a plain external id before you build.</source>
        <translation>Den eksterne ID-en er ikke et enkelt mappenavn, så filene heter %1; cdf build ser etter koden i en mappe med samme navn som den eksterne ID-en: gi funksjonen en enkel ekstern ID før du bygger.</translation>
    </message>
    <message>
        <source>The schedules&apos; input data is written as it is: check it holds no credentials before you commit it.</source>
        <translation>Inndataene til tidsplanene skrives som de er: kontroller at de ikke inneholder legitimasjon før du sjekker dem inn.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::WeekView</name>
    <message>
        <source>All (runs per hour)</source>
        <translation>Alle (kjøringer per time)</translation>
    </message>
    <message>
        <source>%1 — calls %2
%3 (UTC)</source>
        <translation>%1 — kaller %2
%3 (UTC)</translation>
    </message>
    <message>
        <source>an unknown function</source>
        <translation>en ukjent funksjon</translation>
    </message>
    <message>
        <source>Runs %1 local time (%2 UTC)</source>
        <translation>Kjører %1 lokal tid (%2 UTC)</translation>
    </message>
    <message>
        <source>Runs more than %1 times this week</source>
        <translation>Kjører mer enn %1 ganger denne uken</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Inndata: %1</translation>
    </message>
    <message>
        <source>Click to edit this schedule.</source>
        <translation>Klikk for å redigere denne tidsplanen.</translation>
    </message>
</context>
<context>
    <name>fstudio::gui::WeekWindow</name>
    <message>
        <source>Only the functions selected on the Functions page</source>
        <translation>Bare funksjonene som er valgt på Funksjoner-siden</translation>
    </message>
    <message>
        <source>Schedules this week — %1</source>
        <translation>Tidsplaner denne uken — %1</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Forrige uke</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Neste uke ▶</translation>
    </message>
    <message>
        <source>Each mark is a run, in local time (%1); the first row counts the runs of each hour. Hover a run for its function and input; click it to edit its schedule.</source>
        <translation>Hvert merke er en kjøring, i lokal tid (%1); første rad teller kjøringene per time. Hold pekeren over en kjøring for funksjon og inndata; klikk for å redigere tidsplanen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop tool for Cognite Data Fusion Functions.</source>
        <translation>Et innebygd skrivebordsverktøy for Cognite Data Fusion Functions.</translation>
    </message>
    <message>
        <source>Open this profile (its name or id).</source>
        <translation>Åpne denne profilen (navnet eller ID-en).</translation>
    </message>
    <message>
        <source>Open the local emulator (the built-in offline playground), whatever was open last.</source>
        <translation>Åpne den lokale emulatoren (den innebygde lekeplassen uten nett), uansett hva som var åpent sist.</translation>
    </message>
    <message>
        <source>Open the deploy wizard on PATH: a function folder, a code zip or a Python file.</source>
        <translation>Åpne distribusjonsveiviseren på PATH: en funksjonsmappe, en kode-zip eller en Python-fil.</translation>
    </message>
    <message>
        <source>Open the call panel of the function with this external id.</source>
        <translation>Åpne kallpanelet for funksjonen med denne eksterne ID-en.</translation>
    </message>
    <message>
        <source>Like --deploy: a folder, zip or Python file to deploy (what a file manager passes).</source>
        <translation>Som --deploy: en mappe, zip eller Python-fil som skal distribueres (det en filbehandler sender med).</translation>
    </message>
    <message>
        <source>functions-studio: no profile is named &quot;%1&quot;; the profiles are: %2</source>
        <translation>functions-studio: ingen profil heter &quot;%1&quot;; profilene er: %2</translation>
    </message>
</context>
</TS>
