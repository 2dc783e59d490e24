#pragma once

#include <viparita/core/sequence_library.h>

#include <QMainWindow>

namespace viparita::app {

class HomePage;

/// Viparita's one window; its pages do the work.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const SequenceLibrary &library, QWidget *parent = nullptr);

    [[nodiscard]] HomePage *homePage() const { return m_home; }

private:
    void createMenus();
    void showAbout();

    HomePage *m_home = nullptr;
};

} // namespace viparita::app
