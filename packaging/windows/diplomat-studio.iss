; Inno Setup script for Diplomat Studio on Windows (Inno Setup 6).
; Build the bundle first on Windows (see README.md), then:  iscc packaging\windows\diplomat-studio.iss
; Not built here: the project has no Windows machine. Written to build as is; see README.md.

#define AppName "Diplomat Studio"
#define AppVersion "0.1.0"
#define AppId "id.diplomatstudio.DiplomatStudio"
#define Bundle "..\..\dist\diplomat-studio"

[Setup]
AppId={{6A1E7C2E-3B0D-4F5B-9C63-2D5B8E0A4D71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Diplomat Studio
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; per-user install by default: workshop laptops often give no administrator rights
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=DiplomatStudio-{#AppVersion}-setup
SetupIconFile=diplomat-studio.ico
UninstallDisplayIcon={app}\diplomat-studio.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.AddToPath=Tambahkan perintah "diplomat" ke PATH
en.AddToPath=Add the "diplomat" command to PATH
id.Associate=Buka berkas .diplomat dengan Diplomat Studio
en.Associate=Open .diplomat files with Diplomat Studio
id.ProjectType=Proyek Diplomat Studio
en.ProjectType=Diplomat Studio project

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "associate"; Description: "{cm:Associate}"
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\diplomat-studio.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\diplomat-studio.exe"; Tasks: desktopicon

[Registry]
; .diplomat projects (per user under HKCU when not installed for all users: HKA picks the right hive)
Root: HKA; Subkey: "Software\Classes\.diplomat"; ValueType: string; ValueName: ""; ValueData: "{#AppId}.project"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AppId}.project"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AppId}.project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\diplomat-studio.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AppId}.project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\diplomat-studio.exe"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')); Tasks: addtopath

[Run]
Filename: "{app}\diplomat-studio.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
