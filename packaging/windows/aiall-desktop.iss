; Inno Setup 6 script: the Windows installer of AI.ALL* Workshop Desk, made from the PyInstaller bundle.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\aiall-desktop.iss
;
; after `pyinstaller ... packaging\aiall-desktop.spec` has written build\bundle\aiall-desktop\ and
; build\icons\aiall-desktop.ico (packaging\README.md). Writes dist\aiall-desktop-<version>-setup.exe.
; The installer installs for the current user by default (no administrator rights needed); an
; administrator may choose "all users" in the first dialog or with /ALLUSERS.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\aiall-desktop.iss
#endif

#define AppName "AI.ALL* Workshop Desk"
; Windows file names cannot hold "*": folders and shortcuts use this one.
#define AppFolderName "AI.ALL Workshop Desk"
#define AppPublisher "AI.ALL* project, Örebro University and Örebro Holding"
#define AppExe "aiall-desktop.exe"
#define Root SourcePath + "..\.."
#define BundleDir Root + "\build\bundle\aiall-desktop"

; Swedish is not among the translations installed with Inno Setup 6; it is one of the translations
; kept on the Inno Setup web site ("Unofficial"). Put Swedish.isl into Inno Setup's Languages folder or
; beside this script.
#if FileExists(CompilerPath + "Languages\Swedish.isl")
  #define SwedishMessages "compiler:Languages\Swedish.isl"
#elif FileExists(SourcePath + "Swedish.isl")
  #define SwedishMessages SourcePath + "Swedish.isl"
#else
  #error Swedish.isl is missing: put it in Inno Setup's Languages folder or beside this script (packaging\README.md)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{7D4E5903-4A14-42C1-9B0D-7EF2BDD789A2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user by default: {autopf} is then %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppFolderName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir={#Root}
OutputDir=dist
OutputBaseFilename=aiall-desktop-{#AppVersion}-setup
SetupIconFile=build\icons\aiall-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The program must be closed to be updated or removed; Restart Manager finds it.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; The first is the default when Windows' language is neither.
Name: "swedish"; MessagesFile: "{#SwedishMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppFolderName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppFolderName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppFolderName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program's folder only. The register, its backups and the logs live in
; the user's own folders (%LOCALAPPDATA%\AI.ALL\aiall-desktop) and stay: they are the project's data.
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
