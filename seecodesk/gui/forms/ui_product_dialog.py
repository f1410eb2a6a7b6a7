# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        ProductDialog.resize(720, 560)
        self.mainLayout = QVBoxLayout(ProductDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(ProductDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(ProductDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.categoryComboLabel = QLabel(ProductDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.formLayout.addWidget(self.categoryComboLabel, 1, 0, 1, 1)

        self.categoryCombo = QComboBox(ProductDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.addWidget(self.categoryCombo, 1, 1, 1, 1)

        self.kindComboLabel = QLabel(ProductDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.addWidget(self.kindComboLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(ProductDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.priceEditLabel = QLabel(ProductDialog)
        self.priceEditLabel.setObjectName(u"priceEditLabel")

        self.formLayout.addWidget(self.priceEditLabel, 3, 0, 1, 1)

        self.priceEdit = QLineEdit(ProductDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.formLayout.addWidget(self.priceEdit, 3, 1, 1, 1)

        self.unitEditLabel = QLabel(ProductDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.formLayout.addWidget(self.unitEditLabel, 4, 0, 1, 1)

        self.unitEdit = QLineEdit(ProductDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.addWidget(self.unitEdit, 4, 1, 1, 1)

        self.priceNoteEditLabel = QLabel(ProductDialog)
        self.priceNoteEditLabel.setObjectName(u"priceNoteEditLabel")

        self.formLayout.addWidget(self.priceNoteEditLabel, 5, 0, 1, 1)

        self.priceNoteEdit = QLineEdit(ProductDialog)
        self.priceNoteEdit.setObjectName(u"priceNoteEdit")

        self.formLayout.addWidget(self.priceNoteEdit, 5, 1, 1, 1)

        self.seasonEditLabel = QLabel(ProductDialog)
        self.seasonEditLabel.setObjectName(u"seasonEditLabel")

        self.formLayout.addWidget(self.seasonEditLabel, 6, 0, 1, 1)

        self.seasonEdit = QLineEdit(ProductDialog)
        self.seasonEdit.setObjectName(u"seasonEdit")

        self.formLayout.addWidget(self.seasonEdit, 6, 1, 1, 1)

        self.descriptionEditLabel = QLabel(ProductDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.addWidget(self.descriptionEditLabel, 7, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(ProductDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 60))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.descriptionEdit, 7, 1, 1, 1)

        self.differentiatorEditLabel = QLabel(ProductDialog)
        self.differentiatorEditLabel.setObjectName(u"differentiatorEditLabel")

        self.formLayout.addWidget(self.differentiatorEditLabel, 8, 0, 1, 1)

        self.differentiatorEdit = QPlainTextEdit(ProductDialog)
        self.differentiatorEdit.setObjectName(u"differentiatorEdit")
        self.differentiatorEdit.setMaximumSize(QSize(16777215, 60))
        self.differentiatorEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.differentiatorEdit, 8, 1, 1, 1)

        self.socialValueEditLabel = QLabel(ProductDialog)
        self.socialValueEditLabel.setObjectName(u"socialValueEditLabel")

        self.formLayout.addWidget(self.socialValueEditLabel, 9, 0, 1, 1)

        self.socialValueEdit = QPlainTextEdit(ProductDialog)
        self.socialValueEdit.setObjectName(u"socialValueEdit")
        self.socialValueEdit.setMaximumSize(QSize(16777215, 60))
        self.socialValueEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.socialValueEdit, 9, 1, 1, 1)

        self.certificationsEditLabel = QLabel(ProductDialog)
        self.certificationsEditLabel.setObjectName(u"certificationsEditLabel")

        self.formLayout.addWidget(self.certificationsEditLabel, 10, 0, 1, 1)

        self.certificationsEdit = QLineEdit(ProductDialog)
        self.certificationsEdit.setObjectName(u"certificationsEdit")

        self.formLayout.addWidget(self.certificationsEdit, 10, 1, 1, 1)

        self.checkLayout = QHBoxLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.procurementCheck = QCheckBox(ProductDialog)
        self.procurementCheck.setObjectName(u"procurementCheck")

        self.checkLayout.addWidget(self.procurementCheck)

        self.onCatalogCheck = QCheckBox(ProductDialog)
        self.onCatalogCheck.setObjectName(u"onCatalogCheck")
        self.onCatalogCheck.setChecked(True)

        self.checkLayout.addWidget(self.onCatalogCheck)


        self.formLayout.addLayout(self.checkLayout, 11, 1, 1, 1)


        self.columns.addLayout(self.formLayout)

        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(ProductDialog)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(200, 150))
        self.photoLabel.setMaximumSize(QSize(200, 150))
        self.photoLabel.setFrameShape(QFrame.StyledPanel)
        self.photoLabel.setAlignment(Qt.AlignCenter)

        self.photoLayout.addWidget(self.photoLabel)

        self.photoChooseButton = QPushButton(ProductDialog)
        self.photoChooseButton.setObjectName(u"photoChooseButton")

        self.photoLayout.addWidget(self.photoChooseButton)

        self.photoClearButton = QPushButton(ProductDialog)
        self.photoClearButton.setObjectName(u"photoClearButton")

        self.photoLayout.addWidget(self.photoClearButton)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoLayout.addItem(self.photoSpacer)


        self.columns.addLayout(self.photoLayout)


        self.mainLayout.addLayout(self.columns)

        self.errorLabel = QLabel(ProductDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProductDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.priceEditLabel.setBuddy(self.priceEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.priceNoteEditLabel.setBuddy(self.priceNoteEdit)
        self.seasonEditLabel.setBuddy(self.seasonEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.differentiatorEditLabel.setBuddy(self.differentiatorEdit)
        self.socialValueEditLabel.setBuddy(self.socialValueEdit)
        self.certificationsEditLabel.setBuddy(self.certificationsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProductDialog)

        QMetaObject.connectSlotsByName(ProductDialog)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"\uc81c\ud488\u00b7\uc11c\ube44\uc2a4", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\uc774\ub984(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\uc608: \uad6d\uc0b0\ucf69 \uc190\ub450\ubd80", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("ProductDialog", u"\ud488\ubaa9 \ubd84\ub958(&C)", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ProductDialog", u"\uad6c\ubd84(&K)", None))
        self.priceEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\uac00\uaca9(\uc6d0)(&P)", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\uc608: 12,000 (\ubaa8\ub974\uba74 \ube44\uc6cc \ub450\uae30)", None))
        self.unitEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\ub2e8\uc704(&U)", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\uc608: 500g, 1\uc778, 1\ud68c(2\uc2dc\uac04)", None))
        self.priceNoteEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\uac00\uaca9 \uba54\ubaa8", None))
        self.priceNoteEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\uc608: \ubb38\uc758, \ud604\uc7a5 \ubc29\ubb38 \ud6c4 \uacac\uc801, 30,000/50,000", None))
        self.seasonEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\ud310\ub9e4 \uc2dc\uae30(&S)", None))
        self.seasonEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\uc608: \uc5f0\uc911, \uba85\uc808, 3~11\uc6d4", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\uc18c\uac1c", None))
        self.differentiatorEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\ucc28\ubcc4\uc810(&D)", None))
        self.socialValueEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\uc0ac\ud68c\uc801 \uac00\uce58(&V)", None))
        self.certificationsEditLabel.setText(QCoreApplication.translate("ProductDialog", u"\uc778\uc99d", None))
        self.certificationsEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\uc608: HACCP, \uc804\ud1b5\uc2dd\ud488\uc778\uc99d (\uc27c\ud45c\ub85c \uad6c\ubd84)", None))
        self.procurementCheck.setText(QCoreApplication.translate("ProductDialog", u"\uc218\uc758\uacc4\uc57d \uac00\ub2a5(&Q)", None))
        self.onCatalogCheck.setText(QCoreApplication.translate("ProductDialog", u"\uce74\ud0c8\ub85c\uadf8\uc5d0 \uc2e3\uae30(&L)", None))
        self.photoLabel.setText(QCoreApplication.translate("ProductDialog", u"\uc0ac\uc9c4 \uc5c6\uc74c", None))
        self.photoChooseButton.setText(QCoreApplication.translate("ProductDialog", u"\uc0ac\uc9c4 \uace0\ub974\uae30(&F)\u2026", None))
        self.photoClearButton.setText(QCoreApplication.translate("ProductDialog", u"\uc0ac\uc9c4 \ube7c\uae30", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ProductDialog", u"color: #b00020;", None))
    # retranslateUi

