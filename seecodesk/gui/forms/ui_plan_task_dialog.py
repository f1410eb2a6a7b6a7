# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_task_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PlanTaskDialog(object):
    def setupUi(self, PlanTaskDialog):
        if not PlanTaskDialog.objectName():
            PlanTaskDialog.setObjectName(u"PlanTaskDialog")
        PlanTaskDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(PlanTaskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(PlanTaskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.headForm = QFormLayout()
        self.headForm.setObjectName(u"headForm")
        self.codeLabel = QLabel(PlanTaskDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeEdit = QLineEdit(PlanTaskDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaximumSize(QSize(120, 16777215))

        self.codeRow.addWidget(self.codeEdit)

        self.titleLabel = QLabel(PlanTaskDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.codeRow.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(PlanTaskDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.codeRow.addWidget(self.titleEdit)

        self.flaggedCheck = QCheckBox(PlanTaskDialog)
        self.flaggedCheck.setObjectName(u"flaggedCheck")

        self.codeRow.addWidget(self.flaggedCheck)


        self.headForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.codeRow)

        self.bodyLabel = QLabel(PlanTaskDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.ownerRow = QHBoxLayout()
        self.ownerRow.setObjectName(u"ownerRow")
        self.bodyCombo = QComboBox(PlanTaskDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.ownerRow.addWidget(self.bodyCombo)

        self.priorityLabel = QLabel(PlanTaskDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.ownerRow.addWidget(self.priorityLabel)

        self.priorityCombo = QComboBox(PlanTaskDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.ownerRow.addWidget(self.priorityCombo)

        self.statusLabel = QLabel(PlanTaskDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.ownerRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(PlanTaskDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.ownerRow.addWidget(self.statusCombo)


        self.headForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.ownerRow)

        self.progressLabel = QLabel(PlanTaskDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.headForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressEdit = QLineEdit(PlanTaskDialog)
        self.progressEdit.setObjectName(u"progressEdit")

        self.headForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.progressEdit)


        self.mainLayout.addLayout(self.headForm)

        self.tabs = QTabWidget(PlanTaskDialog)
        self.tabs.setObjectName(u"tabs")
        self.purposeTab = QWidget()
        self.purposeTab.setObjectName(u"purposeTab")
        self.purposeForm = QFormLayout(self.purposeTab)
        self.purposeForm.setObjectName(u"purposeForm")
        self.purposeLabel = QLabel(self.purposeTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.purposeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.purposeTab)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)

        self.purposeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.targetsLabel = QLabel(self.purposeTab)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.purposeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetsLabel)

        self.targetsEdit = QPlainTextEdit(self.purposeTab)
        self.targetsEdit.setObjectName(u"targetsEdit")
        self.targetsEdit.setTabChangesFocus(True)

        self.purposeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetsEdit)

        self.tabs.addTab(self.purposeTab, "")
        self.processTab = QWidget()
        self.processTab.setObjectName(u"processTab")
        self.processLayout = QVBoxLayout(self.processTab)
        self.processLayout.setObjectName(u"processLayout")
        self.processEdit = QPlainTextEdit(self.processTab)
        self.processEdit.setObjectName(u"processEdit")
        self.processEdit.setTabChangesFocus(True)

        self.processLayout.addWidget(self.processEdit)

        self.tabs.addTab(self.processTab, "")
        self.rolesTab = QWidget()
        self.rolesTab.setObjectName(u"rolesTab")
        self.rolesForm = QFormLayout(self.rolesTab)
        self.rolesForm.setObjectName(u"rolesForm")
        self.cityRolesLabel = QLabel(self.rolesTab)
        self.cityRolesLabel.setObjectName(u"cityRolesLabel")

        self.rolesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cityRolesLabel)

        self.cityRolesEdit = QPlainTextEdit(self.rolesTab)
        self.cityRolesEdit.setObjectName(u"cityRolesEdit")
        self.cityRolesEdit.setTabChangesFocus(True)

        self.rolesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cityRolesEdit)

        self.networkRolesLabel = QLabel(self.rolesTab)
        self.networkRolesLabel.setObjectName(u"networkRolesLabel")

        self.rolesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.networkRolesLabel)

        self.networkRolesEdit = QPlainTextEdit(self.rolesTab)
        self.networkRolesEdit.setObjectName(u"networkRolesEdit")
        self.networkRolesEdit.setTabChangesFocus(True)

        self.rolesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.networkRolesEdit)

        self.tabs.addTab(self.rolesTab, "")
        self.budgetTab = QWidget()
        self.budgetTab.setObjectName(u"budgetTab")
        self.budgetLayout = QVBoxLayout(self.budgetTab)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetTable = QTableWidget(self.budgetTab)
        self.budgetTable.setObjectName(u"budgetTable")

        self.budgetLayout.addWidget(self.budgetTable)

        self.budgetButtons = QHBoxLayout()
        self.budgetButtons.setObjectName(u"budgetButtons")
        self.addBudgetButton = QPushButton(self.budgetTab)
        self.addBudgetButton.setObjectName(u"addBudgetButton")

        self.budgetButtons.addWidget(self.addBudgetButton)

        self.removeBudgetButton = QPushButton(self.budgetTab)
        self.removeBudgetButton.setObjectName(u"removeBudgetButton")

        self.budgetButtons.addWidget(self.removeBudgetButton)

        self.totalsLabel = QLabel(self.budgetTab)
        self.totalsLabel.setObjectName(u"totalsLabel")

        self.budgetButtons.addWidget(self.totalsLabel)


        self.budgetLayout.addLayout(self.budgetButtons)

        self.budgetForm = QFormLayout()
        self.budgetForm.setObjectName(u"budgetForm")
        self.budgetNoteLabel = QLabel(self.budgetTab)
        self.budgetNoteLabel.setObjectName(u"budgetNoteLabel")

        self.budgetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetNoteLabel)

        self.budgetNoteEdit = QLineEdit(self.budgetTab)
        self.budgetNoteEdit.setObjectName(u"budgetNoteEdit")

        self.budgetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budgetNoteEdit)

        self.staffingLabel = QLabel(self.budgetTab)
        self.staffingLabel.setObjectName(u"staffingLabel")

        self.budgetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffingLabel)

        self.staffingEdit = QPlainTextEdit(self.budgetTab)
        self.staffingEdit.setObjectName(u"staffingEdit")
        self.staffingEdit.setTabChangesFocus(True)

        self.budgetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffingEdit)


        self.budgetLayout.addLayout(self.budgetForm)

        self.tabs.addTab(self.budgetTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(PlanTaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.progressLabel.setBuddy(self.progressEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.targetsLabel.setBuddy(self.targetsEdit)
        self.cityRolesLabel.setBuddy(self.cityRolesEdit)
        self.networkRolesLabel.setBuddy(self.networkRolesEdit)
        self.budgetNoteLabel.setBuddy(self.budgetNoteEdit)
        self.staffingLabel.setBuddy(self.staffingEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.flaggedCheck)
        QWidget.setTabOrder(self.flaggedCheck, self.bodyCombo)
        QWidget.setTabOrder(self.bodyCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.progressEdit)
        QWidget.setTabOrder(self.progressEdit, self.tabs)

        self.retranslateUi(PlanTaskDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlanTaskDialog)
    # setupUi

    def retranslateUi(self, PlanTaskDialog):
        PlanTaskDialog.setWindowTitle(QCoreApplication.translate("PlanTaskDialog", u"\uc2e4\ud589\uacfc\uc81c", None))
        self.codeLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ubc88\ud638(&N)", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\uc608: 1-4, \u3260, \u2460", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\uacfc\uc81c\uba85(&T)", None))
        self.flaggedCheck.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc6b0\uc120\uacfc\uc81c *(&F)", None))
        self.bodyLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ub2f4\ub2f9 \ubd84\uacfc(&B)", None))
        self.priorityLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc911\uc694 \uc815\ub3c4(&I)", None))
        self.statusLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc0c1\ud0dc(&S)", None))
        self.progressLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc9c4\ud589 \uc0c1\ud669(&G)", None))
        self.progressEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\uc608: \uc870\ub840 \uc81c\uc815\uc774 \uc2dc\uc758\ud68c \uc77c\uc815\uc73c\ub85c \ub2a6\uc5b4\uc9d0", None))
        self.purposeLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ubaa9\uc801(&P)", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\ud55c \uc904\uc5d0 \ud558\ub098\uc529", None))
        self.targetsLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ubaa9\ud45c(&O)", None))
        self.targetsEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\uce21\uc815\ud560 \uc218 \uc788\uac8c: \uc608) \ucc38\uc5ec\ub3c4 70% \uc774\uc0c1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.purposeTab), QCoreApplication.translate("PlanTaskDialog", u"\ubaa9\uc801 \ubc0f \ubaa9\ud45c", None))
        self.processEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\uc9c4\ud589 \ub2e8\uacc4\ub97c \ud55c \uc904\uc5d0 \ud558\ub098\uc529", None))
        self.tabs.setTabText(self.tabs.indexOf(self.processTab), QCoreApplication.translate("PlanTaskDialog", u"\uc9c4\ud589 \uacfc\uc815 \ubc0f \ub0b4\uc6a9", None))
        self.cityRolesLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc2dc(\uad00) \uc5ed\ud560(&C)", None))
        self.cityRolesEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\ud55c \uc904\uc5d0 \ud558\ub098\uc529", None))
        self.networkRolesLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ub124\ud2b8\uc6cc\ud06c(\ubbfc) \uc5ed\ud560(&W)", None))
        self.networkRolesEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\ud55c \uc904\uc5d0 \ud558\ub098\uc529", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rolesTab), QCoreApplication.translate("PlanTaskDialog", u"\uc5ed\ud560 \ubd84\ub2f4", None))
        self.addBudgetButton.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc904 \ucd94\uac00(&A)", None))
        self.removeBudgetButton.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc904 \uc0ad\uc81c(&D)", None))
        self.totalsLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ud569\uacc4 0\uc6d0", None))
        self.budgetNoteLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\uc608\uc0b0 \uba54\ubaa8(&M)", None))
        self.budgetNoteEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\uc608: \ube44\uc608\uc0b0 (\uc8fc\ucd5c\uce21 \ud589\uc0ac\ube44\uc6a9 \ud65c\uc6a9)", None))
        self.staffingLabel.setText(QCoreApplication.translate("PlanTaskDialog", u"\ud544\uc694 \uc778\ub825(&R)", None))
        self.staffingEdit.setPlaceholderText(QCoreApplication.translate("PlanTaskDialog", u"\uc608: \ud65c\ub3d9 \uac04\uc0ac 2\uba85(\ubbfc 1\uba85, \uad00 1\uba85)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.budgetTab), QCoreApplication.translate("PlanTaskDialog", u"\ud544\uc694\uc608\uc0b0 \ubc0f \uc778\ub825", None))
    # retranslateUi

