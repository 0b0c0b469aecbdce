#pragma once
// Russian is the users' language: the program and metodist-cli load it at start.
// Source strings are English; translations/metodist_ru.ts holds the Russian.
class QCoreApplication;

// Installs Metodist's and Qt's own Russian translations into the application.
bool installRussianTranslation(QCoreApplication& app);
