# Builds the Windows bundle and the per-user installer (installer/README.md, "Windows").
# Run from the repository root in a Python 3.11+ venv with Inno Setup 6 (iscc) on PATH.
#   .\installer\windows\build-windows.ps1                    unsigned (for testing)
#   .\installer\windows\build-windows.ps1 -Sign -CertThumbprint <SHA1 of the code-signing cert>
param([switch]$Sign, [string]$CertThumbprint = $env:OFFICERDESK_SIGN_THUMBPRINT,
      [string]$TimestampUrl = "http://timestamp.digicert.com")
$ErrorActionPreference = "Stop"
python -m pip install -e ".[desktop,installer]"
$started = Get-Date
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\officerdesk.spec
$env:OFFICERDESK_VERSION = (python -c "import officerdesk; print(officerdesk.__version__)")
$mb = [math]::Round((Get-ChildItem dist\officerdesk -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "bundle: dist\officerdesk ($mb MB, built in $([int]((Get-Date) - $started).TotalSeconds) s)"

# the self-test from the bundle, outside the venv: no PYTHONPATH, no VIRTUAL_ENV
$env:PYTHONPATH = ""; $env:VIRTUAL_ENV = ""
& dist\officerdesk\officerdesk.exe --version
& dist\officerdesk\officerdesk.exe self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }

$signtool = "signtool sign /sha1 $CertThumbprint /fd sha256 /tr $TimestampUrl /td sha256 /d OfficerDesk"
if ($Sign) {
  if (-not $CertThumbprint) { throw "-Sign needs -CertThumbprint (or OFFICERDESK_SIGN_THUMBPRINT)" }
  # the program first, so the installed exe carries the signature too; then setup and uninstaller
  Invoke-Expression "$signtool dist\officerdesk\officerdesk.exe"
  iscc /DSIGN "/Ssigntool=$signtool `$f" installer\windows\officerdesk.iss
  & signtool verify /pa "dist\OfficerDesk-$($env:OFFICERDESK_VERSION)-setup.exe"
} else {
  iscc installer\windows\officerdesk.iss
}
Get-FileHash "dist\OfficerDesk-$($env:OFFICERDESK_VERSION)-setup.exe" -Algorithm SHA256
