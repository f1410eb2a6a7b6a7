; Inno Setup script for SeeCoDesk on Windows (Inno Setup 6, https://jrsoftware.org/isinfo.php).
; 1. On Windows, in Git Bash:  bash packaging/build.sh      (makes dist\SeeCoDesk\seecodesk.exe)
; 2. Compile this file:          iscc packaging\windows\seecodesk.iss
;    → dist\SeeCoDesk-setup-<version>.exe
; The installer puts the program in Program Files (or the user's folder without admin rights),
; adds a Start-menu entry and, if ticked, a desktop icon. The user's data lives elsewhere and is
; never touched by the uninstaller: networks and logs in %APPDATA%\SeeCoDesk, backups in Documents.

#define AppName "SeeCoDesk"
#define AppVersion "0.1.0"
#define AppExe "seecodesk.exe"

[Setup]
AppId={{5EC0DE5C-0D35-4B6B-9C3E-5EC0DE5C0001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SeeCoDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=SeeCoDesk-setup-{#AppVersion}
SetupIconFile=..\..\build\seecodesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "바탕 화면에 바로 가기 만들기"; GroupDescription: "추가 작업:"; Flags: unchecked

[Files]
; Only the program folder: the uninstaller removes exactly these files.
Source: "..\..\dist\SeeCoDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "사회적경제 네트워크 사무국 프로그램"
Name: "{group}\{#AppName} 데모 네트워크"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{#AppName} 제거"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "SeeCoDesk 실행"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: %APPDATA%\SeeCoDesk (networks, settings, log) and the
; backups in Documents stay when the program is removed.
