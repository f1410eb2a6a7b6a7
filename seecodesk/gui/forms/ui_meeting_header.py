# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_header.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QTimeEdit, QWidget)

class Ui_MeetingHeader(object):
    def setupUi(self, MeetingHeader):
        if not MeetingHeader.objectName():
            MeetingHeader.setObjectName(u"MeetingHeader")
        MeetingHeader.resize(760, 200)
        self.headerLayout = QGridLayout(MeetingHeader)
        self.headerLayout.setObjectName(u"headerLayout")
        self.kindLabel = QLabel(MeetingHeader)
        self.kindLabel.setObjectName(u"kindLabel")

        self.headerLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(MeetingHeader)
        self.kindCombo.setObjectName(u"kindCombo")

        self.headerLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.bodyLabel = QLabel(MeetingHeader)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.headerLayout.addWidget(self.bodyLabel, 0, 2, 1, 1)

        self.bodyCombo = QComboBox(MeetingHeader)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.headerLayout.addWidget(self.bodyCombo, 0, 3, 1, 1)

        self.numberLabel = QLabel(MeetingHeader)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerLayout.addWidget(self.numberLabel, 0, 4, 1, 1)

        self.numberSpin = QSpinBox(MeetingHeader)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(0)
        self.numberSpin.setMaximum(999)

        self.headerLayout.addWidget(self.numberSpin, 0, 5, 1, 1)

        self.titleLabel = QLabel(MeetingHeader)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(MeetingHeader)
        self.titleEdit.setObjectName(u"titleEdit")

        self.headerLayout.addWidget(self.titleEdit, 1, 1, 1, 5)

        self.dateLabel = QLabel(MeetingHeader)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerLayout.addWidget(self.dateLabel, 2, 0, 1, 1)

        self.dateEdit = QDateEdit(MeetingHeader)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.headerLayout.addWidget(self.dateEdit, 2, 1, 1, 1)

        self.timeLabel = QLabel(MeetingHeader)
        self.timeLabel.setObjectName(u"timeLabel")

        self.headerLayout.addWidget(self.timeLabel, 2, 2, 1, 1)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.startEdit = QTimeEdit(MeetingHeader)
        self.startEdit.setObjectName(u"startEdit")

        self.timeLayout.addWidget(self.startEdit)

        self.tildeLabel = QLabel(MeetingHeader)
        self.tildeLabel.setObjectName(u"tildeLabel")

        self.timeLayout.addWidget(self.tildeLabel)

        self.endEdit = QTimeEdit(MeetingHeader)
        self.endEdit.setObjectName(u"endEdit")

        self.timeLayout.addWidget(self.endEdit)


        self.headerLayout.addLayout(self.timeLayout, 2, 3, 1, 1)

        self.onlineCheck = QCheckBox(MeetingHeader)
        self.onlineCheck.setObjectName(u"onlineCheck")

        self.headerLayout.addWidget(self.onlineCheck, 2, 4, 1, 2)

        self.placeLabel = QLabel(MeetingHeader)
        self.placeLabel.setObjectName(u"placeLabel")

        self.headerLayout.addWidget(self.placeLabel, 3, 0, 1, 1)

        self.placeEdit = QLineEdit(MeetingHeader)
        self.placeEdit.setObjectName(u"placeEdit")

        self.headerLayout.addWidget(self.placeEdit, 3, 1, 1, 2)

        self.linkEdit = QLineEdit(MeetingHeader)
        self.linkEdit.setObjectName(u"linkEdit")

        self.headerLayout.addWidget(self.linkEdit, 3, 3, 1, 3)

        self.chairLabel = QLabel(MeetingHeader)
        self.chairLabel.setObjectName(u"chairLabel")

        self.headerLayout.addWidget(self.chairLabel, 4, 0, 1, 1)

        self.chairCombo = QComboBox(MeetingHeader)
        self.chairCombo.setObjectName(u"chairCombo")

        self.headerLayout.addWidget(self.chairCombo, 4, 1, 1, 1)

        self.recorderLabel = QLabel(MeetingHeader)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.headerLayout.addWidget(self.recorderLabel, 4, 2, 1, 1)

        self.recorderCombo = QComboBox(MeetingHeader)
        self.recorderCombo.setObjectName(u"recorderCombo")

        self.headerLayout.addWidget(self.recorderCombo, 4, 3, 1, 1)

        self.quorumLabel = QLabel(MeetingHeader)
        self.quorumLabel.setObjectName(u"quorumLabel")
        self.quorumLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.quorumLabel, 4, 4, 1, 2)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.numberLabel.setBuddy(self.numberSpin)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.chairLabel.setBuddy(self.chairCombo)
        self.recorderLabel.setBuddy(self.recorderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.bodyCombo)
        QWidget.setTabOrder(self.bodyCombo, self.numberSpin)
        QWidget.setTabOrder(self.numberSpin, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.onlineCheck)
        QWidget.setTabOrder(self.onlineCheck, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.linkEdit)
        QWidget.setTabOrder(self.linkEdit, self.chairCombo)
        QWidget.setTabOrder(self.chairCombo, self.recorderCombo)

        self.retranslateUi(MeetingHeader)

        QMetaObject.connectSlotsByName(MeetingHeader)
    # setupUi

    def retranslateUi(self, MeetingHeader):
        self.kindLabel.setText(QCoreApplication.translate("MeetingHeader", u"\uc885\ub958(&K)", None))
        self.bodyLabel.setText(QCoreApplication.translate("MeetingHeader", u"\uae30\uad6c(&B)", None))
#if QT_CONFIG(tooltip)
        self.bodyCombo.setToolTip(QCoreApplication.translate("MeetingHeader", u"\ud68c\uc758\ub97c \uc5ec\ub294 \ubd84\uacfc\u00b7TFT\u00b7\uc774\uc0ac\ud68c\u00b7\ucd1d\ud68c (\uc5c6\uc73c\uba74 '\ud611\uc758\ud68c \uc804\uccb4')", None))
#endif // QT_CONFIG(tooltip)
        self.numberLabel.setText(QCoreApplication.translate("MeetingHeader", u"\ud68c\ucc28(&U)", None))
        self.numberSpin.setSpecialValueText(QCoreApplication.translate("MeetingHeader", u"\uc5c6\uc74c", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingHeader", u"\ud68c\uc758\uba85(&T)", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("MeetingHeader", u"\ube44\uc6cc \ub450\uba74 \uc5f0\ub3c4\u00b7\ud68c\ucc28\u00b7\uae30\uad6c\ub85c \ud68c\uc758\uba85\uc744 \ub9cc\ub4ed\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("MeetingHeader", u"\ub0a0\uc9dc(&D)", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MeetingHeader", u"yyyy-MM-dd (ddd)", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingHeader", u"\uc2dc\uac04", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("MeetingHeader", u"HH:mm", None))
        self.tildeLabel.setText(QCoreApplication.translate("MeetingHeader", u"~", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("MeetingHeader", u"HH:mm", None))
        self.onlineCheck.setText(QCoreApplication.translate("MeetingHeader", u"\uc628\ub77c\uc778(&O)", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingHeader", u"\uc7a5\uc18c(&P)", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("MeetingHeader", u"\uc628\ub77c\uc778 \ud68c\uc758 \uc8fc\uc18c (\uc608: https://zoom.us/j/\u2026)", None))
        self.chairLabel.setText(QCoreApplication.translate("MeetingHeader", u"\uc8fc\uc7ac(&C)", None))
        self.recorderLabel.setText(QCoreApplication.translate("MeetingHeader", u"\uae30\ub85d(&R)", None))
        pass
    # retranslateUi

