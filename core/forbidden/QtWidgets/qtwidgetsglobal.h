// This directory sits first on core's include path. Every Qt Widgets header includes
// <QtWidgets/qtwidgetsglobal.h>, so any Widgets include in core lands here and stops the build:
// the domain must stay usable from the CLI, tests and a server without a GUI.
#error "core/ must not use Qt Widgets: put widget code in ui/ and talk to core through its services."
