# Builds the Windows bundle and installer. Run from the repository root in a venv with Python 3.11+.
$ErrorActionPreference = "Stop"
python -m pip install -e ".[installer]"
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\officerdesk.spec
$env:OFFICERDESK_VERSION = (python -c "import officerdesk; print(officerdesk.__version__)")
dist\officerdesk\officerdesk.exe self-test
iscc installer\windows\officerdesk.iss
