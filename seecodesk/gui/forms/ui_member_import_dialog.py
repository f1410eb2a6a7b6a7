# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_import_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MemberImportDialog(object):
    def setupUi(self, MemberImportDialog):
        if not MemberImportDialog.objectName():
            MemberImportDialog.setObjectName(u"MemberImportDialog")
        MemberImportDialog.resize(1100, 760)
        self.mainLayout = QVBoxLayout(MemberImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileGrid = QGridLayout()
        self.fileGrid.setObjectName(u"fileGrid")
        self.fileCaption = QLabel(MemberImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileGrid.addWidget(self.fileCaption, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(MemberImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileGrid.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.browseButton = QPushButton(MemberImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileGrid.addWidget(self.browseButton, 0, 2, 1, 1)

        self.encodingCaption = QLabel(MemberImportDialog)
        self.encodingCaption.setObjectName(u"encodingCaption")

        self.fileGrid.addWidget(self.encodingCaption, 1, 0, 1, 1)

        self.encodingRow = QHBoxLayout()
        self.encodingRow.setObjectName(u"encodingRow")
        self.encodingCombo = QComboBox(MemberImportDialog)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.encodingRow.addWidget(self.encodingCombo)

        self.encodingLabel = QLabel(MemberImportDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.encodingRow.addWidget(self.encodingLabel)

        self.encodingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.encodingRow.addItem(self.encodingSpacer)

        self.designationCaption = QLabel(MemberImportDialog)
        self.designationCaption.setObjectName(u"designationCaption")

        self.encodingRow.addWidget(self.designationCaption)

        self.designationCombo = QComboBox(MemberImportDialog)
        self.designationCombo.setObjectName(u"designationCombo")

        self.encodingRow.addWidget(self.designationCombo)


        self.fileGrid.addLayout(self.encodingRow, 1, 1, 1, 1)


        self.mainLayout.addLayout(self.fileGrid)

        self.notesLabel = QLabel(MemberImportDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.notesLabel)

        self.splitter = QSplitter(MemberImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.mappingBox = QGroupBox(self.splitter)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QVBoxLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingTable = QTableWidget(self.mappingBox)
        self.mappingTable.setObjectName(u"mappingTable")

        self.mappingLayout.addWidget(self.mappingTable)

        self.splitter.addWidget(self.mappingBox)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTools = QHBoxLayout()
        self.previewTools.setObjectName(u"previewTools")
        self.problemsOnlyCheck = QCheckBox(self.previewBox)
        self.problemsOnlyCheck.setObjectName(u"problemsOnlyCheck")

        self.previewTools.addWidget(self.problemsOnlyCheck)

        self.excludeErrorsButton = QPushButton(self.previewBox)
        self.excludeErrorsButton.setObjectName(u"excludeErrorsButton")

        self.previewTools.addWidget(self.excludeErrorsButton)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTools.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewTools)

        self.previewTable = QTableView(self.previewBox)
        self.previewTable.setObjectName(u"previewTable")

        self.previewLayout.addWidget(self.previewTable)

        self.rowDetailLabel = QLabel(self.previewBox)
        self.rowDetailLabel.setObjectName(u"rowDetailLabel")
        self.rowDetailLabel.setWordWrap(True)
        self.rowDetailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.previewLayout.addWidget(self.rowDetailLabel)

        self.splitter.addWidget(self.previewBox)

        self.mainLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.summaryLabel = QLabel(MemberImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(MemberImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximumWidth(220)

        self.bottomRow.addWidget(self.progressBar)

        self.importButton = QPushButton(MemberImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.bottomRow.addWidget(self.importButton)

        self.closeButton = QPushButton(MemberImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)

        self.bottomRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.browseButton)
        self.encodingCaption.setBuddy(self.encodingCombo)
        self.designationCaption.setBuddy(self.designationCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(MemberImportDialog)
    # setupUi

    def retranslateUi(self, MemberImportDialog):
        MemberImportDialog.setWindowTitle(QCoreApplication.translate("MemberImportDialog", u"\ud68c\uc6d0\uc0ac \uba85\ub2e8 \uac00\uc838\uc624\uae30", None))
        self.fileCaption.setText(QCoreApplication.translate("MemberImportDialog", u"\ud30c\uc77c(&F):", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("MemberImportDialog", u"CSV \ub610\ub294 \uc5d1\uc140(XLSX) \ud30c\uc77c\uc744 \uace0\ub974\uc138\uc694", None))
        self.browseButton.setText(QCoreApplication.translate("MemberImportDialog", u"\ud30c\uc77c \uc120\ud0dd(&O)\u2026", None))
        self.encodingCaption.setText(QCoreApplication.translate("MemberImportDialog", u"\uc778\ucf54\ub529(&E):", None))
#if QT_CONFIG(tooltip)
        self.encodingCombo.setToolTip(QCoreApplication.translate("MemberImportDialog", u"\uae00\uc790\uac00 \uae68\uc838 \ubcf4\uc774\uba74 \ub2e4\ub978 \uc778\ucf54\ub529\uc744 \uace8\ub77c \ubcf4\uc138\uc694", None))
#endif // QT_CONFIG(tooltip)
        self.encodingLabel.setText("")
        self.designationCaption.setText(QCoreApplication.translate("MemberImportDialog", u"\ubaa8\ub4e0 \ud589\uc5d0 \ubd99\uc77c \uc778\uc99d\u00b7\uc9c0\uc815(&D):", None))
        self.notesLabel.setText("")
        self.mappingBox.setTitle(QCoreApplication.translate("MemberImportDialog", u"\uc5f4 \uc5f0\uacb0 \u2014 \ud30c\uc77c\uc758 \uac01 \uc5f4\uc744 \uc5b4\ub290 \ud56d\ubaa9\uc73c\ub85c \uac00\uc838\uc62c\uc9c0 \uace0\ub974\uc138\uc694", None))
        self.previewBox.setTitle(QCoreApplication.translate("MemberImportDialog", u"\ubbf8\ub9ac\ubcf4\uae30 \u2014 \ube68\uac04 \ud589\uc740 \uc624\ub958(\uac00\uc838\uc62c \uc218 \uc5c6\uc74c), \ub178\ub780 \ud589\uc740 \uc8fc\uc758", None))
        self.problemsOnlyCheck.setText(QCoreApplication.translate("MemberImportDialog", u"\ubb38\uc81c \uc788\ub294 \ud589\ub9cc \ubcf4\uae30(&P)", None))
        self.excludeErrorsButton.setText(QCoreApplication.translate("MemberImportDialog", u"\uc624\ub958 \uc788\ub294 \ud589 \ubaa8\ub450 \ube7c\uae30(&X)", None))
#if QT_CONFIG(tooltip)
        self.excludeErrorsButton.setToolTip(QCoreApplication.translate("MemberImportDialog", u"\uc624\ub958\uac00 \uc788\ub294 \ud589\uc758 '\uac00\uc838\uc624\uae30' \ud45c\uc2dc\ub97c \ubaa8\ub450 \ub055\ub2c8\ub2e4. \ub098\uba38\uc9c0 \ud589\ub9cc \uac00\uc838\uc635\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.rowDetailLabel.setText(QCoreApplication.translate("MemberImportDialog", u"\ud589\uc744 \uace0\ub974\uba74 \uadf8 \ud589\uc758 \ubb38\uc81c\uac00 \ubaa8\ub450 \uc5ec\uae30\uc5d0 \ub098\uc635\ub2c8\ub2e4.", None))
        self.summaryLabel.setText(QCoreApplication.translate("MemberImportDialog", u"\ud30c\uc77c\uc744 \uace0\ub974\uba74 \ubbf8\ub9ac\ubcf4\uae30\uac00 \ub098\ud0c0\ub0a9\ub2c8\ub2e4.", None))
        self.importButton.setText(QCoreApplication.translate("MemberImportDialog", u"\uac00\uc838\uc624\uae30(&I)", None))
        self.closeButton.setText(QCoreApplication.translate("MemberImportDialog", u"\ub2eb\uae30", None))
    # retranslateUi

