# Build SmartGoals on Windows (PyInstaller one folder, smartgoals.ico) from a clean checkout.
# Same recipe as Linux: packaging/smartgoals.spec. Not run in CI (needs Windows); untested here.
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# -> packaging\out\SmartGoals\smartgoals.exe and SmartGoals-windows.zip. For an installer,
# point Inno Setup or WiX at the folder; sign smartgoals.exe with signtool first.
$ErrorActionPreference = "Stop"
$Repo = Resolve-Path (Join-Path $PSScriptRoot "..")
$Out = Join-Path $Repo "packaging\out"
$Work = Join-Path $env:TEMP ("smartgoals-build-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path "$Work\src" | Out-Null
try {
    git -C $Repo archive --format=zip -o "$Work\src.zip" HEAD
    Expand-Archive "$Work\src.zip" -DestinationPath "$Work\src"
    py -3 -m venv "$Work\venv"
    & "$Work\venv\Scripts\python.exe" -m pip install -q "$Work\src" "pyinstaller>=6.10"
    Push-Location "$Work\src"
    & "$Work\venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
        --distpath $Out --workpath "$Work\pyinstaller" packaging\smartgoals.spec
    Pop-Location
    $env:QT_QPA_PLATFORM = "offscreen"
    $p = Start-Process -Wait -PassThru "$Out\SmartGoals\smartgoals.exe" -ArgumentList "--self-test"
    if ($p.ExitCode -ne 0) { throw "self-test failed ($($p.ExitCode))" }
    Compress-Archive -Force "$Out\SmartGoals" "$Out\SmartGoals-windows.zip"
} finally {
    Remove-Item -Recurse -Force $Work
}
