; Inno Setup script for the Windows installer (installer/README.md, "Windows").
; Build the bundle first (build-windows.ps1 does both): iscc installer\windows\officerdesk.iss
; Per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs\OfficerDesk.
; The officer's data (%LOCALAPPDATA%\OfficerDesk, and the key in Windows Credential Locker) is
; never touched by setup or by the uninstaller.
#define AppVersion GetEnv("OFFICERDESK_VERSION")
#if AppVersion == ""
  #error Set OFFICERDESK_VERSION (build-windows.ps1 does)
#endif
[Setup]
AppId={{6C1E4D0B-5B2A-4E53-9F3C-0FD1C0A7E001}
AppName=OfficerDesk
AppVersion={#AppVersion}
AppVerName=OfficerDesk {#AppVersion}
AppPublisher=OfficerDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription=OfficerDesk setup
DefaultDirName={localappdata}\Programs\OfficerDesk
DefaultGroupName=OfficerDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=OfficerDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\officerdesk.ico
UninstallDisplayIcon={app}\officerdesk.exe
UninstallDisplayName=OfficerDesk {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; signs setup and uninstaller when iscc is given /Ssigntool=... (build-windows.ps1 -Sign)
#ifdef SIGN
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\officerdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[InstallDelete]
; an upgrade replaces the bundle whole: no library of the previous version stays beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\OfficerDesk"; Filename: "{app}\officerdesk.exe"; Comment: "OfficerDesk"
Name: "{userdesktop}\OfficerDesk"; Filename: "{app}\officerdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\officerdesk.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\officerdesk.exe"; Description: "{cm:LaunchProgram,OfficerDesk}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is left out on purpose: the uninstaller removes only what setup installed
