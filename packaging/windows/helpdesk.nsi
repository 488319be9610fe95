; Helpdesk for Windows: a per-user installer that needs no administrator rights.
;
;   makensis /DDIST=..\..\dist\helpdesk /DVERSION=0.1.0 /DOUTFILE=..\..\dist\Helpdesk-0.1.0-setup.exe helpdesk.nsi
;
; Staff on the shared PCs of a public computer room seldom have administrator rights, so it
; installs into %LOCALAPPDATA%\Programs\Helpdesk (like VS Code's user installer), registers its
; uninstaller under HKCU, and puts a shortcut in the user's Start menu. Its pages speak
; Dutch, French and English. The uninstaller removes the program and never the data: neither
; %LOCALAPPDATA%\helpdesk nor a portable "data" folder beside the program.

Unicode true
!ifdef CHECK_ONLY
  ; build.py on Linux: only a compile check of this script against the Linux folder, whose
  ; output nobody installs; LZMA would add three minutes to CI for nothing.
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user
ManifestDPIAware true

!ifndef DIST
  !define DIST "..\..\dist\helpdesk"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "Helpdesk-${VERSION}-setup.exe"
!endif
!define APP "Helpdesk"
!define EXE "Helpdesk.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Helpdesk"
!define ICON "..\..\resources\icons\helpdesk.ico"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The language chosen on the first page is remembered for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows speaks none of the three.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SHORTCUT_TEXT ${LANG_ENGLISH} "Record the visits of a digital-help desk"
LangString SHORTCUT_TEXT ${LANG_DUTCH} "Registreer de bezoeken aan een digitaal hulppunt"
LangString SHORTCUT_TEXT ${LANG_FRENCH} "Enregistrer les visites d'un espace d'aide numérique"
LangString STILL_RUNNING ${LANG_ENGLISH} "Helpdesk is still open. Close it, then click OK."
LangString STILL_RUNNING ${LANG_DUTCH} "Helpdesk is nog open. Sluit het programma en klik dan op OK."
LangString STILL_RUNNING ${LANG_FRENCH} "Helpdesk est encore ouvert. Fermez-le, puis cliquez sur OK."
LangString DATA_KEPT ${LANG_ENGLISH} "Helpdesk was removed. Your data was kept (in $LOCALAPPDATA\helpdesk, or in the data folder beside the program); delete it yourself only if you are sure it has been sent to the centre."
LangString DATA_KEPT ${LANG_DUTCH} "Helpdesk is verwijderd. Uw gegevens zijn bewaard (in $LOCALAPPDATA\helpdesk, of in de map data naast het programma); verwijder ze pas zelf als u zeker weet dat ze naar het centrum zijn verstuurd."
LangString DATA_KEPT ${LANG_FRENCH} "Helpdesk a été supprimé. Vos données ont été conservées (dans $LOCALAPPDATA\helpdesk, ou dans le dossier data à côté du programme) ; ne les supprimez vous-même que si vous êtes sûr qu'elles ont été envoyées au centre."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Replacing files of a running Helpdesk fails half-way: ask to close it first.
!macro WAIT_UNTIL_CLOSED prefix
Function ${prefix}WaitUntilClosed
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    IfErrors 0 closed
    IfFileExists "$INSTDIR\${EXE}" 0 done
    MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(STILL_RUNNING)" IDOK retry
    Abort
  closed:
    FileClose $0
  done:
FunctionEnd
!macroend
!insertmacro WAIT_UNTIL_CLOSED ""
!insertmacro WAIT_UNTIL_CLOSED "un."

Section "Helpdesk" SecMain
  SectionIn RO
  SetShellVarContext current
  Call WaitUntilClosed
  SetOutPath "$INSTDIR"
  ; The program only: an old _internal goes first so no stale library lingers.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_TEXT)"

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Helpdesk"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitUntilClosed
  ; Named one by one, never RMDir /r "$INSTDIR": a portable "data" folder may sit in it.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\helpdesk-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir /r "$INSTDIR\_internal"
  RMDir "$INSTDIR"  ; only when empty
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  IfSilent +2
  MessageBox MB_OK|MB_ICONINFORMATION "$(DATA_KEPT)"
SectionEnd
