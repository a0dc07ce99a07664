<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Functions Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Check the network connection and the CDF URL in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time; try again, or check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again, or check the credentials in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: the token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your principal lacks access; ask a CDF admin for the capability named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with the same external id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF is rate limiting requests; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF had a problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>until it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ran for %1 and was stopped at the project&apos;s limit of %2 minutes. Do less in one call (split the work over several calls or a schedule), or make the slow part faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions can write files only under /tmp: write there (for example tempfile.mkdtemp()); what is written does not outlive the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function ran out of memory (its setting is %1 GB). Deploy a new version with more memory, or process the data in smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function ran out of memory. Deploy a new version with more memory, or process the data in smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; is not installed where the function runs: add its package to requirements.txt and deploy a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call printed nothing. If the function uses Python&apos;s logging module, its lines go nowhere until logging has a handler: call logging.basicConfig(level=logging.INFO) at the start of handle(), or use print().</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallInputs</name>
    <message>
        <source>Another Functions Studio window is writing the inputs of this function; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 kB, so it is not kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 kB: save it to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 saved inputs already: delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>&amp;Input data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last inputs this function was called with: type to search, pick one to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs saved by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved input chosen on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the input data of one of the function&apos;s schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Z takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again with the input of the last call (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the function with this input (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); the whole value is on the Text tab</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more: see Text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPreflightPage</name>
    <message>
        <source>Checks before upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes found here cost seconds; found by CDF after upload, they cost minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the handler here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the handler module with the local Python, as the SDK does before it uploads. Importing runs the module&apos;s code on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the &amp;warnings; deploy anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployProgressPage</name>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploySettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the function is named and run. Problems are shown as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name, unless you give another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: PyPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra inde&amp;x URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code file &amp;data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data set id, where the project scopes files by data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric id of the data set the code file is put in. Leave empty unless your access to files is limited to data sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. Keys: lower-case letters, digits and dashes, at most 15 characters; values are hidden and never stored in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the &amp;values for this source and project in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables of the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 16 key/value pairs, shown with the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function&apos;s schedules are made again on the new version. Each schedule gets a session from the credentials chosen here and keeps running with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials of this &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current &amp;sign-in (token exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploySourcePage</name>
    <message>
        <source>What to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A function folder (with handler.py at its top), a zip of such a folder&apos;s contents, or one Python file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/my-function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to prepare the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>line %1 is not NAME=value and was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionDeletion</name>
    <message>
        <source>• %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1 (id %2) with %n schedule(s): %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its code file %1 is also used by %2: it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n function(s)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n schedule(s) are deleted with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Delete with code files&quot; also deletes each code file that no other function uses; the shared ones above are kept, and checked again before anything is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Delete with code files&quot; also deletes each code file that no other function uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 deleted, with its code file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 deleted; its code file %2 was kept: function %3 still uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 deleted; ✗ its code file %2 was not: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete with code files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionDetails</name>
    <message>
        <source>Select a function to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message and trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code file id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the files in the code zip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&amp;Do not show this at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Search the log (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match c&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up pauses this; End or scrolling to the bottom resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines when none are selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive sign-in (browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the CDF cluster (e.g. westeurope-1) or the full URL of the CDF API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the CDF project&apos;s URL name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Entra ID tenant (its id or domain, e.g. contoso.onmicrosoft.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the https token URL of the identity provider, or discover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive sign-in needs the authorization URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device sign-in needs the device code URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the scopes to request (space separated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production (westeurope-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF cluster or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>westeurope-1, or https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s URL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant id or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer URL, to fill the URLs below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: https://{cluster}.cognitedata.com/.default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if your identity provider needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to check sign-in, project access, activation, limits and capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The sign-in method stored for this profile (%1) is not one this version knows. Edit the profile and choose a sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider stored for this profile (%1) is not one this version knows. Edit the profile and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-59; * any; a-b range; */n every n; a,b list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-23 (UTC); * any; a-b range; */n every n; a,b list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-31 or L (the last day); * any; a-b; */n; a,b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-12 or jan-dec; * any; a-b; */n; a,b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-7 (0 and 7 are Sunday) or sun-sat; * any; a-b; */n; a,b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpression (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input data (passed to handle() as data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials of this &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current sign-&amp;in (token exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials kept in the keychain: a profile&apos;s, or ones saved for schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them in the &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;nonce you have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleHealth</name>
    <message>
        <source>No scheduled calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scheduled call went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n scheduled call(s) failed the way calls fail after the credentials behind the schedule changed (a new client secret, a revoked session, another identity provider). Recreate the schedule with fresh credentials.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n scheduled call(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when Functions Studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (refresh with F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell me when a call or deploy ends while the window is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log viewer font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::AboutDialog</name>
    <message>
        <source>Functions Studio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop tool to build, deploy, call and schedule Cognite Data Fusion Functions, with a local emulator that really runs the Python handlers.

It is built with these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL-3.0-only (Qt Charts and Qt HTTP Server: GPL-3.0-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL-2.1-or-later with a static linking exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSF-2.0 (runs handlers; not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::Actions</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another CDF project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how this profile signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile and its secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy, call and schedule a demo function on the local emulator, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command that has a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Functions Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, libraries and licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, refresh interval, notifications, schedule time zone, log font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the id of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy E&amp;xternal Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the external id of the selected function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected functions or schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of the selected function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a function from a folder, a zip or a Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy &amp;New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected function with new code, keeping its schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected function with JSON input and follow its logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a function on a schedule, with a form for the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected schedule (CDF makes a new one and deletes the old one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new schedule like the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every schedule of the project on a 7-day timeline in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a call or a deploy I started ends while I am in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote to Another Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected function, with its settings and schedules, to the project of another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Response and Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Input Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the input data of the selected schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Functions &amp;Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask CDF to activate Functions for this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallPanel</name>
    <message>
        <source>Recent inputs (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved input?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved input &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schedule&apos;s input data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is far larger than this project&apos;s limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a secret. A call&apos;s input is stored with the call, and anyone who can read the function&apos;s calls can read it: pass secrets to the function as secrets instead. This input is not kept in the recent inputs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the project: choose its profile in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called from Functions Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling is off: %1. The input and the calls above are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallView</name>
    <message>
        <source>Save the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (following live while the call runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs — the call printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (this project returns a call&apos;s logs only when it has ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following: %1. The lines above are kept; reopen the call to follow it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error and trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the call is still running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsChart</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls to chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsModel</name>
    <message>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CallsPage</name>
    <message>
        <source>Select a function to see its calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls loaded, more on scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::CodeDrift</name>
    <message>
        <source>Same as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployPreflightPage</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1. That is large for a function: uploads and cold starts get slow. Leave data out with a .functionignore file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Leave it out with a .functionignore entry and pass secrets as secrets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a handler file that large is not read. Keep handle() in a small module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle(%1) at %2, line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime %1, %2 CPU, %3 GB memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a project: choose a profile in the main window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; has no value: the function gets an empty one. Type its value on the Secrets tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a function named &quot;%2&quot; (function %3). Without an external id nothing ties the two together, so this makes a second one. Give the function an external id to promote it as a new version next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current sign-in (token exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has function %2 (&quot;%3&quot;): it is replaced by a new version with the code and settings from %4, and keeps its own schedules. The schedules of %4 are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new function in %1 with the code and settings of %2 from %3; it has no schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new function in %1 with the code and settings of %2 from %3, and %n schedule(s) signed in with %4: %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the code is the same as the deployed version&apos;s (%1). A new version only changes the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code differs from the deployed version&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1; kept in the function&apos;s metadata to tell later whether the folder changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedules that will move to the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schedules (%1); the redeploy reads them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function has no schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) will be made again on the new version, with their input data, signed in with %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that &quot;%1&quot; is free…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the external id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1 (&quot;%2&quot;) already has the external id &quot;%3&quot;. Choose another external id, or use &quot;Deploy new version…&quot; on that function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what your sign-in may do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what your sign-in may do (%1); the deploy will tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may deploy, call and schedule functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported here: importing runs the code on this computer, and this code comes from %1. Tick &quot;Import the handler here&quot; to check it first; CDF imports it either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local Python found, so the handler was not imported here; CDF will import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imports cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing it here failed: %1. If that package is in requirements.txt, CDF installs it; otherwise add it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing it here did not finish within 30 s (it may do work at import time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing it here failed, and will fail in CDF too:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local Python could be started, so the handler was not imported here; CDF will import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before deploying: go back and change the settings or the files, then check again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). Read them; tick the box below to deploy anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checks out. Deploy when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployProgressPage</name>
    <message>
        <source>Cancel the deploy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deploy? What it has made so far in the project is removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying a new version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 (%3/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zipped %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for CDF to install and import the code: %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Ready (function %2), after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; (%2) runs on function %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; was not made again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making schedule &quot;%1&quot; (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; was not made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeploySettingsPage</name>
    <message>
        <source>%1 to %2 cores; %3 when not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 GB; %3 when not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. CDF does not give secret values back: type each value again, or the new version gets an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to handle() as secrets. The values you gave last time were filled in from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These schedules of %1 in %2 are made in %3 with their input data once the function is Ready: %4. Each gets a session in %3 from the credentials chosen here and keeps running with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials of this profile (it signs in as a user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials of this profile (client %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function path &quot;%1&quot; is not a file of the package. Pick one of its Python files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package index URL; give one like https://pypi.example.com/simple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data set id. Give the data set&apos;s numeric id (shown in Data sets in CDF), or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules: give the client id and the client secret the schedules sign in with, or choose another way on the Schedules tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeploySourcePage</name>
    <message>
        <source>Function folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to deploy in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, will be zipped with %2 at the top of the zip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the folder&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) look like credentials: check them before you deploy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is deployed as handler.py; requirements come from its docstring&apos;s [requirements] block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::DeployWizard</name>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a new version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedules are being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function is Ready and its schedules are being made. Wait a moment: closing now would leave some of them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is being deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version cannot be stopped halfway: if it fails, the previous version is restored with its schedules. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deploy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy is still running. Cancel it? What it has made so far in the project is removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard? The settings you entered are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::FunctionDetails</name>
    <message>
        <source>Select a function to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(CDF never returns secret values.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::FunctionsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds the deployed code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 changed since it was deployed: deploy a new version to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed from %1, but the function has no code hash to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 it was deployed from is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::GettingStarted</name>
    <message>
        <source>Try the whole cycle offline on the local emulator, which runs Python handlers on this machine. Nothing here touches a CDF project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use a real project: File ▸ New Profile…, or import the .env of your Cognite Toolkit project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open the local emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Deploy the demo function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Call it and watch its logs live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Schedule it with a form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::JsonEditor</name>
    <message>
        <source>{ &quot;key&quot;: &quot;value&quot; }   (empty: {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input must be a JSON object, { … }: CDF passes it to handle() as data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::LocalEmulator</name>
    <message>
        <source>the local emulator stopped (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the local emulator (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::LogPanel</name>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more not kept: the viewer keeps up to %2 lines and 2 GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MainWindow</name>
    <message>
        <source>Functions Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the demo function to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Profile </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Functions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy is running in %1: let it finish (or cancel it) before you open another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions Studio — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⟳ %n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF is throttling requests: retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF answered HTTP %1: retrying in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from CDF: retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules this week — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of Functions was requested for project %1. It can take a while (hours on CDF); this view refreshes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions is not activated for project %1 (status: %2). Functions cannot be deployed until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local emulator (%1) — project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: %1 min timeout, CPU ≤ %2, memory ≤ %3 GB, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 took %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mark is a run, in local time (%1); the first row counts the runs of each hour. Hover a run for its function and input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the functions selected on the Functions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 (client %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for schedules: client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; created: %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; changed: %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no function with the external id &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n schedule(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local emulator profile needs no settings: it starts functions-emulator on a free loopback port with its data in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy is running in %1: let it finish (or cancel it) before you remove the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; (project %2)?

Its client secret, token and refresh token are removed from the keychain. Nothing in the CDF project is touched: functions, calls and schedules stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the secret cannot be saved securely.

Keep it in memory for this session only? It is not written anywhere and you will have to enter it again after restarting Functions Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: the secret is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is promoted to %2 and Ready there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deployed and Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to %1 did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other profile to promote to: add the target project&apos;s profile first (Profile ▸ New Profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 with its settings and schedules from %2 to the project of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy wizard is open: close it first, then promote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local emulator is not running: open its profile once to start it, then promote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in to %1, open %2 and enter the code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not promote %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy wizard is open: close it first, then promote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a project first, then drop the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::MessageBar</name>
    <message>
        <source>%1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OpenID Connect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Toolkit .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env files (*.env .env*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB: that is not a .env file (they are a few lines). Choose the .env file of your Toolkit project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1/.well-known/openid-configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the token, authorization and device code URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster changed: paste the token again (the stored one is only ever sent to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL, tenant or client id changed: enter the client secret again (the stored one is only ever sent to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token (it is kept in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret (it is kept in the keychain, never in settings files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: got a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is accessible to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal %1 has no access to project &quot;%2&quot;. Projects it can use: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All capabilities Functions Studio needs are granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing capability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions is activated for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions is not activated for this project (status: %1); you can request activation from the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: timeout %1 min, CPU %2–%3, memory %4–%5 GB, runtimes %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ProjectConnection</name>
    <message>
        <source>The profile &quot;%1&quot; has no sign-in method this version knows. Edit the profile and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::Promotion</name>
    <message>
        <source>The connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the limits of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the code of %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get the code of %1 (file %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the code of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the downloaded code in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedules of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schedules of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the input data of schedule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ScheduleEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials of this profile (client %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type them, or pick stored ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 is not in the keychain: type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedule&apos;s input data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule&apos;s input data could not be read (%1): reopen the editor to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple mode: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This expression has no simple form: it is edited on the Advanced tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both day fields are set: CDF runs it on days that match either one. Classic (Vixie) cron reads a field starting with * as any day and would run it only on days that match both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both day fields are set: it runs on days that match either one (day of month or day of week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is being saved: wait a moment before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function: choose the function the schedule calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input data, line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: give the client id and the client secret, or choose another way to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: paste the nonce, or choose another way to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session of the nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule keeps running with %1, with what it may do, until the schedule is deleted or the session is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save creates a new schedule with these changes, then deletes the original:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new schedule %1 was created, but the original (%2) could not be deleted: %3. Both exist now: delete the original on the Schedules page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SchedulesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid cron</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SchedulesPage</name>
    <message>
        <source>Only the selected function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a schedule and choose View Input Data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a schedule to see its recent runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate with New Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recent runs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in a row. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the input data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; has no input data: its calls get data = {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::SettingsDialog</name>
    <message>
        <source>Like the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 turns automatic refresh off; otherwise %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Pick one from the list (type to search, e.g. &quot;Oslo&quot; or &quot;New_York&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fstudio::gui::WeekView</name>
    <message>
        <source>All (runs per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — calls %2
%3 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1 local time (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs more than %1 times this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop tool for Cognite Data Fusion Functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this profile (its name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local emulator (the built-in offline playground), whatever was open last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the deploy wizard on PATH: a function folder, a code zip or a Python file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the call panel of the function with this external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like --deploy: a folder, zip or Python file to deploy (what a file manager passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functions-studio: no profile is named &quot;%1&quot;; the profiles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
