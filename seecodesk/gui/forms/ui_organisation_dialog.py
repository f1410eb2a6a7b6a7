# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(720, 560)
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryErrorLabel = QLabel(OrganisationDialog)
        self.summaryErrorLabel.setObjectName(u"summaryErrorLabel")
        self.summaryErrorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryErrorLabel)

        self.tabs = QTabWidget(OrganisationDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicForm = QFormLayout(self.basicTab)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.legalFormLabel = QLabel(self.basicTab)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legalFormLabel)

        self.legalFormCombo = QComboBox(self.basicTab)
        self.legalFormCombo.setObjectName(u"legalFormCombo")
        self.legalFormCombo.setEditable(True)

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legalFormCombo)

        self.representativeLabel = QLabel(self.basicTab)
        self.representativeLabel.setObjectName(u"representativeLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.representativeLabel)

        self.representativeEdit = QLineEdit(self.basicTab)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.representativeEdit)

        self.businessNumberLabel = QLabel(self.basicTab)
        self.businessNumberLabel.setObjectName(u"businessNumberLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.businessNumberLabel)

        self.businessNumberEdit = QLineEdit(self.basicTab)
        self.businessNumberEdit.setObjectName(u"businessNumberEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.businessNumberEdit)

        self.corporationNumberLabel = QLabel(self.basicTab)
        self.corporationNumberLabel.setObjectName(u"corporationNumberLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.corporationNumberLabel)

        self.corporationNumberEdit = QLineEdit(self.basicTab)
        self.corporationNumberEdit.setObjectName(u"corporationNumberEdit")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.corporationNumberEdit)

        self.foundedOnLabel = QLabel(self.basicTab)
        self.foundedOnLabel.setObjectName(u"foundedOnLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.foundedOnLabel)

        self.foundedOnEdit = QLineEdit(self.basicTab)
        self.foundedOnEdit.setObjectName(u"foundedOnEdit")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.foundedOnEdit)

        self.industryLabel = QLabel(self.basicTab)
        self.industryLabel.setObjectName(u"industryLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryCombo = QComboBox(self.basicTab)
        self.industryCombo.setObjectName(u"industryCombo")
        self.industryCombo.setEditable(True)

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.industryCombo)

        self.serviceFieldLabel = QLabel(self.basicTab)
        self.serviceFieldLabel.setObjectName(u"serviceFieldLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.serviceFieldLabel)

        self.serviceFieldCombo = QComboBox(self.basicTab)
        self.serviceFieldCombo.setObjectName(u"serviceFieldCombo")
        self.serviceFieldCombo.setEditable(True)

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.serviceFieldCombo)

        self.supportBodyCheck = QCheckBox(self.basicTab)
        self.supportBodyCheck.setObjectName(u"supportBodyCheck")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.supportBodyCheck)

        self.tabs.addTab(self.basicTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactForm = QFormLayout(self.contactTab)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressLabel = QLabel(self.contactTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.districtLabel = QLabel(self.contactTab)
        self.districtLabel.setObjectName(u"districtLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(self.contactTab)
        self.districtEdit.setObjectName(u"districtEdit")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.phoneLabel = QLabel(self.contactTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.faxLabel = QLabel(self.contactTab)
        self.faxLabel.setObjectName(u"faxLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.faxLabel)

        self.faxEdit = QLineEdit(self.contactTab)
        self.faxEdit.setObjectName(u"faxEdit")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.faxEdit)

        self.emailLabel = QLabel(self.contactTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.homepageLabel = QLabel(self.contactTab)
        self.homepageLabel.setObjectName(u"homepageLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.homepageLabel)

        self.homepageEdit = QLineEdit(self.contactTab)
        self.homepageEdit.setObjectName(u"homepageEdit")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.homepageEdit)

        self.tabs.addTab(self.contactTab, "")
        self.designationsTab = QWidget()
        self.designationsTab.setObjectName(u"designationsTab")
        self.designationsLayout = QVBoxLayout(self.designationsTab)
        self.designationsLayout.setObjectName(u"designationsLayout")
        self.designationsHint = QLabel(self.designationsTab)
        self.designationsHint.setObjectName(u"designationsHint")
        self.designationsHint.setWordWrap(True)

        self.designationsLayout.addWidget(self.designationsHint)

        self.designationsTable = QTableWidget(self.designationsTab)
        self.designationsTable.setObjectName(u"designationsTable")

        self.designationsLayout.addWidget(self.designationsTable)

        self.designationsButtons = QHBoxLayout()
        self.designationsButtons.setObjectName(u"designationsButtons")
        self.addDesignationButton = QPushButton(self.designationsTab)
        self.addDesignationButton.setObjectName(u"addDesignationButton")

        self.designationsButtons.addWidget(self.addDesignationButton)

        self.removeDesignationButton = QPushButton(self.designationsTab)
        self.removeDesignationButton.setObjectName(u"removeDesignationButton")

        self.designationsButtons.addWidget(self.removeDesignationButton)

        self.designationsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.designationsButtons.addItem(self.designationsButtonsSpacer)


        self.designationsLayout.addLayout(self.designationsButtons)

        self.designationsErrorLabel = QLabel(self.designationsTab)
        self.designationsErrorLabel.setObjectName(u"designationsErrorLabel")
        self.designationsErrorLabel.setWordWrap(True)

        self.designationsLayout.addWidget(self.designationsErrorLabel)

        self.tabs.addTab(self.designationsTab, "")
        self.membershipTab = QWidget()
        self.membershipTab.setObjectName(u"membershipTab")
        self.membershipLayout = QVBoxLayout(self.membershipTab)
        self.membershipLayout.setObjectName(u"membershipLayout")
        self.membershipsTitle = QLabel(self.membershipTab)
        self.membershipsTitle.setObjectName(u"membershipsTitle")
        self.membershipsTitle.setWordWrap(True)

        self.membershipLayout.addWidget(self.membershipsTitle)

        self.membershipsTable = QTableWidget(self.membershipTab)
        self.membershipsTable.setObjectName(u"membershipsTable")

        self.membershipLayout.addWidget(self.membershipsTable)

        self.membershipsButtons = QHBoxLayout()
        self.membershipsButtons.setObjectName(u"membershipsButtons")
        self.addMembershipButton = QPushButton(self.membershipTab)
        self.addMembershipButton.setObjectName(u"addMembershipButton")

        self.membershipsButtons.addWidget(self.addMembershipButton)

        self.removeMembershipButton = QPushButton(self.membershipTab)
        self.removeMembershipButton.setObjectName(u"removeMembershipButton")

        self.membershipsButtons.addWidget(self.removeMembershipButton)

        self.membershipsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membershipsButtons.addItem(self.membershipsButtonsSpacer)


        self.membershipLayout.addLayout(self.membershipsButtons)

        self.membershipsErrorLabel = QLabel(self.membershipTab)
        self.membershipsErrorLabel.setObjectName(u"membershipsErrorLabel")
        self.membershipsErrorLabel.setWordWrap(True)

        self.membershipLayout.addWidget(self.membershipsErrorLabel)

        self.duesTitle = QLabel(self.membershipTab)
        self.duesTitle.setObjectName(u"duesTitle")
        self.duesTitle.setWordWrap(True)

        self.membershipLayout.addWidget(self.duesTitle)

        self.duesTable = QTableWidget(self.membershipTab)
        self.duesTable.setObjectName(u"duesTable")

        self.membershipLayout.addWidget(self.duesTable)

        self.duesButtons = QHBoxLayout()
        self.duesButtons.setObjectName(u"duesButtons")
        self.addDuesButton = QPushButton(self.membershipTab)
        self.addDuesButton.setObjectName(u"addDuesButton")

        self.duesButtons.addWidget(self.addDuesButton)

        self.removeDuesButton = QPushButton(self.membershipTab)
        self.removeDuesButton.setObjectName(u"removeDuesButton")

        self.duesButtons.addWidget(self.removeDuesButton)

        self.duesButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duesButtons.addItem(self.duesButtonsSpacer)


        self.membershipLayout.addLayout(self.duesButtons)

        self.duesErrorLabel = QLabel(self.membershipTab)
        self.duesErrorLabel.setObjectName(u"duesErrorLabel")
        self.duesErrorLabel.setWordWrap(True)

        self.membershipLayout.addWidget(self.duesErrorLabel)

        self.tabs.addTab(self.membershipTab, "")
        self.newsTab = QWidget()
        self.newsTab.setObjectName(u"newsTab")
        self.newsForm = QFormLayout(self.newsTab)
        self.newsForm.setObjectName(u"newsForm")
        self.newsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.newsLabel = QLabel(self.newsTab)
        self.newsLabel.setObjectName(u"newsLabel")

        self.newsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newsLabel)

        self.newsEdit = QPlainTextEdit(self.newsTab)
        self.newsEdit.setObjectName(u"newsEdit")
        self.newsEdit.setTabChangesFocus(True)

        self.newsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newsEdit)

        self.notesLabel = QLabel(self.newsTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.newsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.newsTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.newsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.newsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.legalFormLabel.setBuddy(self.legalFormCombo)
        self.representativeLabel.setBuddy(self.representativeEdit)
        self.businessNumberLabel.setBuddy(self.businessNumberEdit)
        self.corporationNumberLabel.setBuddy(self.corporationNumberEdit)
        self.foundedOnLabel.setBuddy(self.foundedOnEdit)
        self.industryLabel.setBuddy(self.industryCombo)
        self.serviceFieldLabel.setBuddy(self.serviceFieldCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.faxLabel.setBuddy(self.faxEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.homepageLabel.setBuddy(self.homepageEdit)
        self.newsLabel.setBuddy(self.newsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"\ud68c\uc6d0\uc0ac \uc815\ubcf4", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uae30\uc5c5\uba85(&M)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: \uac00\ub78c\ub3cc\ubd04\uc0ac\ud68c\uc801\ud611\ub3d9\uc870\ud569", None))
        self.legalFormLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\ubc95\uc778\ud615\ud0dc", None))
        self.representativeLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\ub300\ud45c\uc790", None))
        self.businessNumberLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc0ac\uc5c5\uc790\ub4f1\ub85d\ubc88\ud638", None))
        self.businessNumberEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"000-00-00000", None))
        self.corporationNumberLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\ubc95\uc778\ub4f1\ub85d\ubc88\ud638", None))
        self.corporationNumberEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"000000-0000000", None))
        self.foundedOnLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc124\ub9bd\uc77c", None))
        self.foundedOnEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: 2018-03-15", None))
        self.industryLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc5c5\uc885", None))
        self.serviceFieldLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc8fc \uc0ac\uc5c5\ubd84\uc57c", None))
        self.supportBodyCheck.setText(QCoreApplication.translate("OrganisationDialog", u"\uc9c0\uc6d0\uae30\uad00\u00b7\uc911\uac04\uc9c0\uc6d0\uc870\uc9c1\uc785\ub2c8\ub2e4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("OrganisationDialog", u"\uae30\ubcf8 \uc815\ubcf4", None))
        self.addressLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc8fc\uc18c", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: \ucda9\uccad\ub0a8\ub3c4 \uac00\ub78c\uc2dc \uc911\uc559\ub3d9 \uc2dc\ubbfc\ub85c 12", None))
        self.districtLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc74d/\uba74/\ub3d9", None))
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: \uc911\uc559\ub3d9", None))
        self.phoneLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc804\ud654", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: 041-123-4567", None))
        self.faxLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\ud329\uc2a4", None))
        self.emailLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc774\uba54\uc77c", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: office@example.kr", None))
        self.homepageLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\ud648\ud398\uc774\uc9c0", None))
        self.homepageEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"\uc608: https://example.kr", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("OrganisationDialog", u"\uc5f0\ub77d\ucc98\u00b7\uc8fc\uc18c", None))
        self.designationsHint.setText(QCoreApplication.translate("OrganisationDialog", u"\ud55c \uc870\uc9c1\uc774 \uc5ec\ub7ec \uc778\uc99d\u00b7\uc9c0\uc815\uc744 \ud568\uaed8 \uac00\uc9c8 \uc218 \uc788\uc2b5\ub2c8\ub2e4. \ub0a0\uc9dc\ub294 2021-10-05\ucc98\ub7fc \uc801\uc2b5\ub2c8\ub2e4.", None))
        self.addDesignationButton.setText(QCoreApplication.translate("OrganisationDialog", u"\uc778\uc99d\u00b7\uc9c0\uc815 \ucd94\uac00", None))
        self.removeDesignationButton.setText(QCoreApplication.translate("OrganisationDialog", u"\uc120\ud0dd \uc0ad\uc81c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.designationsTab), QCoreApplication.translate("OrganisationDialog", u"\uc778\uc99d\u00b7\uc9c0\uc815", None))
        self.membershipsTitle.setText(QCoreApplication.translate("OrganisationDialog", u"<b>\ud68c\uc6d0 \uac00\uc785\u00b7\ud0c8\ud1f4</b> (\ud0c8\ud1f4\uc77c\uc774 \ube48 \uae30\uac04\uc774 \uc788\uc73c\uba74 \ud604\uc7ac \ud68c\uc6d0)", None))
        self.addMembershipButton.setText(QCoreApplication.translate("OrganisationDialog", u"\uac00\uc785 \uae30\uac04 \ucd94\uac00", None))
        self.removeMembershipButton.setText(QCoreApplication.translate("OrganisationDialog", u"\uc120\ud0dd \uc0ad\uc81c", None))
        self.duesTitle.setText(QCoreApplication.translate("OrganisationDialog", u"<b>\uc5f0\ub3c4\ubcc4 \ud68c\ube44</b> (\ub0a9\ubd80\uc77c\uc774 \ube44\uc5b4 \uc788\uc73c\uba74 \ubbf8\ub0a9)", None))
        self.addDuesButton.setText(QCoreApplication.translate("OrganisationDialog", u"\ud68c\ube44 \ucd94\uac00", None))
        self.removeDuesButton.setText(QCoreApplication.translate("OrganisationDialog", u"\uc120\ud0dd \uc0ad\uc81c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membershipTab), QCoreApplication.translate("OrganisationDialog", u"\ud68c\uc6d0\u00b7\ud68c\ube44", None))
        self.newsLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uc694\uc998 \uc18c\uc2dd", None))
        self.notesLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\uba54\ubaa8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newsTab), QCoreApplication.translate("OrganisationDialog", u"\uc694\uc998 \uc18c\uc2dd\u00b7\uba54\ubaa8", None))
    # retranslateUi

