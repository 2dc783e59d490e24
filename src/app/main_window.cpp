#include "main_window.h"

#include "home_page.h"

#include <viparita/core/app_info.h>

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

MainWindow::MainWindow(const SequenceLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_home(new HomePage(library, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Viparita"));
    setWindowIcon(QIcon(u":/icons/viparita.svg"_s));
    setMinimumSize(800, 600);
    resize(1000, 700);

    auto *pages = new QStackedWidget(this);
    pages->setObjectName(u"pages"_s);
    pages->addWidget(m_home);
    setCentralWidget(pages);
    createMenus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Viparita"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Viparita"),
                       tr("<h3>Viparita %1</h3>"
                          "<p>A guided legs-up-the-wall practice with a blood-pressure journal.</p>"
                          "<p>Viparita informs; it does not diagnose or advise on medication. "
                          "Talk to your doctor about your blood pressure.</p>"
                          "<p>Released under the MIT license.</p>")
                           .arg(AppInfo::version()));
}

} // namespace viparita::app
