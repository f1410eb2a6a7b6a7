# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(WelcomeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.newButton = QPushButton(WelcomeDialog)
        self.newButton.setObjectName(u"newButton")

        self.mainLayout.addWidget(self.newButton)

        self.demoButton = QPushButton(WelcomeDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.mainLayout.addWidget(self.demoButton)

        self.openButton = QPushButton(WelcomeDialog)
        self.openButton.setObjectName(u"openButton")

        self.mainLayout.addWidget(self.openButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.quitButton = QPushButton(WelcomeDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.mainLayout.addWidget(self.quitButton)


        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"SeeCoDesk\uc5d0 \uc624\uc2e0 \uac83\uc744 \ud658\uc601\ud569\ub2c8\ub2e4", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<h2>SeeCoDesk</h2><p>\uc0ac\ud68c\uc801\uacbd\uc81c \ub124\ud2b8\uc6cc\ud06c \uc0ac\ubb34\uad6d \ud504\ub85c\uadf8\ub7a8\uc785\ub2c8\ub2e4. \ubb34\uc5c7\uc73c\ub85c \uc2dc\uc791\ud560\uae4c\uc694?</p>", None))
        self.newButton.setText(QCoreApplication.translate("WelcomeDialog", u"\uc0c8 \ub124\ud2b8\uc6cc\ud06c \ub9cc\ub4e4\uae30(&N)", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"\ube48 \ub370\uc774\ud130\ubca0\uc774\uc2a4 \ud30c\uc77c\uc744 \ub9cc\ub4e4\uace0 \ub124\ud2b8\uc6cc\ud06c \uc774\ub984\uc744 \uc815\ud569\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"\ub370\ubaa8 \ub124\ud2b8\uc6cc\ud06c \uc5f4\uae30(&D)", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"\uac00\uc0c1\uc758 \uac00\ub78c\uc2dc\uc0ac\ud68c\uc801\uacbd\uc81c\uae30\uc5c5\ud611\uc758\ud68c \uc790\ub8cc\ub85c \ub458\ub7ec\ubd05\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("WelcomeDialog", u"\ud30c\uc77c \uc5f4\uae30(&O)\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"\uc774\ubbf8 \uc788\ub294 SeeCoDesk \ub370\uc774\ud130\ubca0\uc774\uc2a4 \ud30c\uc77c\uc744 \uc5fd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.quitButton.setText(QCoreApplication.translate("WelcomeDialog", u"\ub05d\ub0b4\uae30", None))
    # retranslateUi

