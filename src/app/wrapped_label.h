#pragma once

#include <QLabel>
#include <QList>
#include <QString>

namespace viparita::app {

/// A word-wrapped label that remembers the height of its text at each width asked.
///
/// Layouts ask a wrapped label's height for many widths while a window is laid out, and
/// QLabel lays its whole text out again for each question. This one answers a width it
/// has already measured from memory, until its text, font or style changes.
class WrappedLabel final : public QLabel {
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Measured {
        int width = 0;
        int height = 0;
    };
    /// The text the heights are of; another text makes them stale.
    mutable QString m_measuredText;
    mutable QList<Measured> m_heights;
};

} // namespace viparita::app
