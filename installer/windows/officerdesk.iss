; Inno Setup script for the Windows installer. Build the bundle first (build-windows.ps1),
; then: iscc installer\windows\officerdesk.iss
#define AppVersion GetEnv("OFFICERDESK_VERSION")
[Setup]
AppId={{6C1E4D0B-5B2A-4E53-9F3C-0FD1C0A7E001}
AppName=OfficerDesk
AppVersion={#AppVersion}
AppPublisher=OfficerDesk
DefaultDirName={autopf}\OfficerDesk
DefaultGroupName=OfficerDesk
OutputDir=..\..\dist
OutputBaseFilename=OfficerDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\officerdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\OfficerDesk"; Filename: "{app}\officerdesk.exe"
Name: "{autodesktop}\OfficerDesk"; Filename: "{app}\officerdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\officerdesk.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
