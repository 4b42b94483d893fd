; Inno Setup script of CoopDesk for Windows: installs the one-folder bundle built by `make package`
; (build\dist\coopdesk) with a Start-menu entry, an optional desktop shortcut and an uninstaller.
;
; Build on Windows (see README, "Installer sous Windows"):
;   1. py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[package]"
;   2. .venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\work packaging\coopdesk.spec
;   3. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\coopdesk.iss
; The installer is written to build\installer\CoopDesk-<version>-setup.exe.
;
; Per-user install by default (no administrator rights on an association's shared PC); an administrator
; may choose "for all users" on the first page. The user's data (database, backups, settings) lives in
; their data folder, not in the program folder: uninstalling never deletes it.

#define AppName "CoopDesk"
#define AppVersion "0.1.0"
#define AppPublisher "CoopDesk"
#define SourceDir "..\..\build\dist\coopdesk"

[Setup]
AppId={{6F1E2C3A-5B7D-4C9E-8A21-C00DE5C0DE26}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\installer
OutputBaseFilename=CoopDesk-{#AppVersion}-setup
SetupIconFile=coopdesk.ico
UninstallDisplayIcon={app}\coopdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.LaunchProgram=Ouvrir CoopDesk maintenant
english.LaunchProgram=Open CoopDesk now
french.DesktopIcon=Créer un raccourci sur le Bureau
english.DesktopIcon=Create a desktop shortcut
french.CommandLine=CoopDesk en ligne de commande
english.CommandLine=CoopDesk command line
french.AppComment=Financeurs, appels à projets, dossiers de subvention, pièces et temps passé
english.AppComment=Funders, calls for projects, grant applications, documents and time spent

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\coopdesk.exe"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\coopdesk-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\coopdesk.exe"; Tasks: desktopicon; Comment: "{cm:AppComment}"

[Run]
Filename: "{app}\coopdesk.exe"; Description: "{cm:LaunchProgram}"; Flags: nowait postinstall skipifsilent
