# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consulting_application_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConsultingApplicationDialog(object):
    def setupUi(self, ConsultingApplicationDialog):
        if not ConsultingApplicationDialog.objectName():
            ConsultingApplicationDialog.setObjectName(u"ConsultingApplicationDialog")
        ConsultingApplicationDialog.resize(860, 900)
        self.mainLayout = QVBoxLayout(ConsultingApplicationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ConsultingApplicationDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.titleLabel = QLabel(ConsultingApplicationDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.memberLayout = QHBoxLayout()
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberLabel = QLabel(ConsultingApplicationDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.memberLayout.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(ConsultingApplicationDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)
        self.memberCombo.setMinimumSize(QSize(260, 0))

        self.memberLayout.addWidget(self.memberCombo)

        self.loadMemberButton = QPushButton(ConsultingApplicationDialog)
        self.loadMemberButton.setObjectName(u"loadMemberButton")

        self.memberLayout.addWidget(self.loadMemberButton)

        self.memberSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberLayout.addItem(self.memberSpacer)

        self.receiptLabel = QLabel(ConsultingApplicationDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.memberLayout.addWidget(self.receiptLabel)


        self.mainLayout.addLayout(self.memberLayout)

        self.errorLabel = QLabel(ConsultingApplicationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.scrollArea = QScrollArea(ConsultingApplicationDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setWidgetResizable(True)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formLayout = QVBoxLayout(self.formPage)
        self.formLayout.setObjectName(u"formLayout")
        self.companySectionLabel = QLabel(self.formPage)
        self.companySectionLabel.setObjectName(u"companySectionLabel")

        self.formLayout.addWidget(self.companySectionLabel)

        self.companyFrame = QFrame(self.formPage)
        self.companyFrame.setObjectName(u"companyFrame")
        self.companyFrame.setFrameShape(QFrame.Shape.Box)
        self.companyGrid = QGridLayout(self.companyFrame)
        self.companyGrid.setObjectName(u"companyGrid")
        self.companyGrid.setHorizontalSpacing(0)
        self.companyGrid.setVerticalSpacing(0)
        self.companyNameLabel = QLabel(self.companyFrame)
        self.companyNameLabel.setObjectName(u"companyNameLabel")
        self.companyNameLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.companyNameLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.companyNameLabel, 0, 0, 2, 2)

        self.companyNameEdit = QLineEdit(self.companyFrame)
        self.companyNameEdit.setObjectName(u"companyNameEdit")

        self.companyGrid.addWidget(self.companyNameEdit, 0, 2, 2, 1)

        self.certificationLabel = QLabel(self.companyFrame)
        self.certificationLabel.setObjectName(u"certificationLabel")
        self.certificationLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.certificationLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.certificationLabel, 0, 3, 1, 1)

        self.certLayout = QHBoxLayout()
        self.certLayout.setObjectName(u"certLayout")
        self.certPreliminaryCheck = QCheckBox(self.companyFrame)
        self.certPreliminaryCheck.setObjectName(u"certPreliminaryCheck")

        self.certLayout.addWidget(self.certPreliminaryCheck)

        self.certCertifiedCheck = QCheckBox(self.companyFrame)
        self.certCertifiedCheck.setObjectName(u"certCertifiedCheck")

        self.certLayout.addWidget(self.certCertifiedCheck)

        self.certSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.certLayout.addItem(self.certSpacer)


        self.companyGrid.addLayout(self.certLayout, 0, 4, 1, 1)

        self.certificationNumberLabel = QLabel(self.companyFrame)
        self.certificationNumberLabel.setObjectName(u"certificationNumberLabel")
        self.certificationNumberLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.certificationNumberLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.certificationNumberLabel, 1, 3, 1, 1)

        self.certificationNumberEdit = QLineEdit(self.companyFrame)
        self.certificationNumberEdit.setObjectName(u"certificationNumberEdit")

        self.companyGrid.addWidget(self.certificationNumberEdit, 1, 4, 1, 1)

        self.representativeLabel = QLabel(self.companyFrame)
        self.representativeLabel.setObjectName(u"representativeLabel")
        self.representativeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.representativeLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.representativeLabel, 2, 0, 1, 2)

        self.representativeEdit = QLineEdit(self.companyFrame)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.companyGrid.addWidget(self.representativeEdit, 2, 2, 1, 1)

        self.phoneLabel = QLabel(self.companyFrame)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phoneLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.phoneLabel, 2, 3, 1, 1)

        self.phoneEdit = QLineEdit(self.companyFrame)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.companyGrid.addWidget(self.phoneEdit, 2, 4, 1, 1)

        self.addressLabel = QLabel(self.companyFrame)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addressLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.addressLabel, 3, 0, 1, 2)

        self.addressEdit = QLineEdit(self.companyFrame)
        self.addressEdit.setObjectName(u"addressEdit")

        self.companyGrid.addWidget(self.addressEdit, 3, 2, 1, 3)

        self.emailLabel = QLabel(self.companyFrame)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emailLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.emailLabel, 4, 0, 1, 2)

        self.emailEdit = QLineEdit(self.companyFrame)
        self.emailEdit.setObjectName(u"emailEdit")

        self.companyGrid.addWidget(self.emailEdit, 4, 2, 1, 1)

        self.faxLabel = QLabel(self.companyFrame)
        self.faxLabel.setObjectName(u"faxLabel")
        self.faxLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.faxLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.faxLabel, 4, 3, 1, 1)

        self.faxEdit = QLineEdit(self.companyFrame)
        self.faxEdit.setObjectName(u"faxEdit")

        self.companyGrid.addWidget(self.faxEdit, 4, 4, 1, 1)

        self.orgFormLabel = QLabel(self.companyFrame)
        self.orgFormLabel.setObjectName(u"orgFormLabel")
        self.orgFormLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.orgFormLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.orgFormLabel, 5, 0, 1, 2)

        self.orgFormCombo = QComboBox(self.companyFrame)
        self.orgFormCombo.setObjectName(u"orgFormCombo")
        self.orgFormCombo.setEditable(True)

        self.companyGrid.addWidget(self.orgFormCombo, 5, 2, 1, 3)

        self.supportLabel = QLabel(self.companyFrame)
        self.supportLabel.setObjectName(u"supportLabel")
        self.supportLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.supportLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.supportLabel, 6, 0, 1, 2)

        self.supportLayout = QGridLayout()
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportNoneCheck = QCheckBox(self.companyFrame)
        self.supportNoneCheck.setObjectName(u"supportNoneCheck")

        self.supportLayout.addWidget(self.supportNoneCheck, 0, 0, 1, 1)

        self.supportCurrentLayout = QHBoxLayout()
        self.supportCurrentLayout.setSpacing(2)
        self.supportCurrentLayout.setObjectName(u"supportCurrentLayout")
        self.supportCurrentCheck = QCheckBox(self.companyFrame)
        self.supportCurrentCheck.setObjectName(u"supportCurrentCheck")

        self.supportCurrentLayout.addWidget(self.supportCurrentCheck)

        self.supportYearSpin = QSpinBox(self.companyFrame)
        self.supportYearSpin.setObjectName(u"supportYearSpin")
        self.supportYearSpin.setMinimum(0)
        self.supportYearSpin.setMaximum(50)

        self.supportCurrentLayout.addWidget(self.supportYearSpin)

        self.supportCurrentCloseLabel = QLabel(self.companyFrame)
        self.supportCurrentCloseLabel.setObjectName(u"supportCurrentCloseLabel")

        self.supportCurrentLayout.addWidget(self.supportCurrentCloseLabel)

        self.supportSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.supportCurrentLayout.addItem(self.supportSpacer)


        self.supportLayout.addLayout(self.supportCurrentLayout, 0, 1, 1, 1)

        self.supportPastCheck = QCheckBox(self.companyFrame)
        self.supportPastCheck.setObjectName(u"supportPastCheck")

        self.supportLayout.addWidget(self.supportPastCheck, 1, 0, 1, 1)

        self.supportEndedCheck = QCheckBox(self.companyFrame)
        self.supportEndedCheck.setObjectName(u"supportEndedCheck")

        self.supportLayout.addWidget(self.supportEndedCheck, 1, 1, 1, 1)


        self.companyGrid.addLayout(self.supportLayout, 6, 2, 1, 3)

        self.pastParticipationLabel = QLabel(self.companyFrame)
        self.pastParticipationLabel.setObjectName(u"pastParticipationLabel")
        self.pastParticipationLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pastParticipationLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.pastParticipationLabel, 7, 0, 1, 2)

        self.pastParticipationEdit = QPlainTextEdit(self.companyFrame)
        self.pastParticipationEdit.setObjectName(u"pastParticipationEdit")
        self.pastParticipationEdit.setMaximumSize(QSize(16777215, 56))
        self.pastParticipationEdit.setTabChangesFocus(True)

        self.companyGrid.addWidget(self.pastParticipationEdit, 7, 2, 1, 3)

        self.managerLabel = QLabel(self.companyFrame)
        self.managerLabel.setObjectName(u"managerLabel")
        self.managerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.managerLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.managerLabel, 8, 0, 2, 1)

        self.managerNameLabel = QLabel(self.companyFrame)
        self.managerNameLabel.setObjectName(u"managerNameLabel")
        self.managerNameLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.managerNameLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.managerNameLabel, 8, 1, 1, 1)

        self.managerNameEdit = QLineEdit(self.companyFrame)
        self.managerNameEdit.setObjectName(u"managerNameEdit")

        self.companyGrid.addWidget(self.managerNameEdit, 8, 2, 1, 1)

        self.managerEmailLabel = QLabel(self.companyFrame)
        self.managerEmailLabel.setObjectName(u"managerEmailLabel")
        self.managerEmailLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.managerEmailLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.managerEmailLabel, 8, 3, 1, 1)

        self.managerEmailEdit = QLineEdit(self.companyFrame)
        self.managerEmailEdit.setObjectName(u"managerEmailEdit")

        self.companyGrid.addWidget(self.managerEmailEdit, 8, 4, 1, 1)

        self.managerPhoneLabel = QLabel(self.companyFrame)
        self.managerPhoneLabel.setObjectName(u"managerPhoneLabel")
        self.managerPhoneLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.managerPhoneLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.managerPhoneLabel, 9, 1, 1, 1)

        self.managerPhoneEdit = QLineEdit(self.companyFrame)
        self.managerPhoneEdit.setObjectName(u"managerPhoneEdit")

        self.companyGrid.addWidget(self.managerPhoneEdit, 9, 2, 1, 1)

        self.managerMobileLabel = QLabel(self.companyFrame)
        self.managerMobileLabel.setObjectName(u"managerMobileLabel")
        self.managerMobileLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.managerMobileLabel.setWordWrap(True)

        self.companyGrid.addWidget(self.managerMobileLabel, 9, 3, 1, 1)

        self.managerMobileEdit = QLineEdit(self.companyFrame)
        self.managerMobileEdit.setObjectName(u"managerMobileEdit")

        self.companyGrid.addWidget(self.managerMobileEdit, 9, 4, 1, 1)


        self.formLayout.addWidget(self.companyFrame)

        self.requestSectionLabel = QLabel(self.formPage)
        self.requestSectionLabel.setObjectName(u"requestSectionLabel")

        self.formLayout.addWidget(self.requestSectionLabel)

        self.requestFrame = QFrame(self.formPage)
        self.requestFrame.setObjectName(u"requestFrame")
        self.requestFrame.setFrameShape(QFrame.Shape.Box)
        self.requestGrid = QGridLayout(self.requestFrame)
        self.requestGrid.setObjectName(u"requestGrid")
        self.requestGrid.setHorizontalSpacing(0)
        self.requestGrid.setVerticalSpacing(0)
        self.fieldsLabel = QLabel(self.requestFrame)
        self.fieldsLabel.setObjectName(u"fieldsLabel")
        self.fieldsLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fieldsLabel.setWordWrap(True)

        self.requestGrid.addWidget(self.fieldsLabel, 0, 0, 1, 1)

        self.fieldsCellLayout = QVBoxLayout()
        self.fieldsCellLayout.setSpacing(4)
        self.fieldsCellLayout.setObjectName(u"fieldsCellLayout")
        self.fieldsCellLayout.setContentsMargins(6, 6, 6, 6)
        self.fieldsBox = QWidget(self.requestFrame)
        self.fieldsBox.setObjectName(u"fieldsBox")

        self.fieldsCellLayout.addWidget(self.fieldsBox)

        self.otherLayout = QHBoxLayout()
        self.otherLayout.setSpacing(2)
        self.otherLayout.setObjectName(u"otherLayout")
        self.otherCheck = QCheckBox(self.requestFrame)
        self.otherCheck.setObjectName(u"otherCheck")

        self.otherLayout.addWidget(self.otherCheck)

        self.otherFieldEdit = QLineEdit(self.requestFrame)
        self.otherFieldEdit.setObjectName(u"otherFieldEdit")

        self.otherLayout.addWidget(self.otherFieldEdit)

        self.otherCloseLabel = QLabel(self.requestFrame)
        self.otherCloseLabel.setObjectName(u"otherCloseLabel")

        self.otherLayout.addWidget(self.otherCloseLabel)


        self.fieldsCellLayout.addLayout(self.otherLayout)


        self.requestGrid.addLayout(self.fieldsCellLayout, 0, 1, 1, 1)

        self.requestLabel = QLabel(self.requestFrame)
        self.requestLabel.setObjectName(u"requestLabel")
        self.requestLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.requestLabel.setWordWrap(True)

        self.requestGrid.addWidget(self.requestLabel, 1, 0, 1, 1)

        self.requestCellLayout = QVBoxLayout()
        self.requestCellLayout.setSpacing(4)
        self.requestCellLayout.setObjectName(u"requestCellLayout")
        self.requestCellLayout.setContentsMargins(6, 6, 6, 6)
        self.guidanceLabel = QLabel(self.requestFrame)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.requestCellLayout.addWidget(self.guidanceLabel)

        self.requestEdit = QPlainTextEdit(self.requestFrame)
        self.requestEdit.setObjectName(u"requestEdit")
        self.requestEdit.setTabChangesFocus(True)

        self.requestCellLayout.addWidget(self.requestEdit)


        self.requestGrid.addLayout(self.requestCellLayout, 1, 1, 1, 1)


        self.formLayout.addWidget(self.requestFrame)

        self.declarationLabel = QLabel(self.formPage)
        self.declarationLabel.setObjectName(u"declarationLabel")
        self.declarationLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.formLayout.addWidget(self.declarationLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateSpacerLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacerLeft)

        self.appliedOnLabel = QLabel(self.formPage)
        self.appliedOnLabel.setObjectName(u"appliedOnLabel")

        self.dateLayout.addWidget(self.appliedOnLabel)

        self.appliedOnEdit = QDateEdit(self.formPage)
        self.appliedOnEdit.setObjectName(u"appliedOnEdit")
        self.appliedOnEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.appliedOnEdit)

        self.dateSpacerRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacerRight)


        self.formLayout.addLayout(self.dateLayout)

        self.signLayout = QHBoxLayout()
        self.signLayout.setObjectName(u"signLayout")
        self.signSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signLayout.addItem(self.signSpacer)

        self.applicantLabel = QLabel(self.formPage)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.signLayout.addWidget(self.applicantLabel)

        self.applicantNameLabel = QLabel(self.formPage)
        self.applicantNameLabel.setObjectName(u"applicantNameLabel")
        self.applicantNameLabel.setMinimumSize(QSize(90, 0))

        self.signLayout.addWidget(self.applicantNameLabel)

        self.signedCheck = QCheckBox(self.formPage)
        self.signedCheck.setObjectName(u"signedCheck")

        self.signLayout.addWidget(self.signedCheck)


        self.formLayout.addLayout(self.signLayout)

        self.recipientLabel = QLabel(self.formPage)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.addWidget(self.recipientLabel)

        self.scrollArea.setWidget(self.formPage)

        self.mainLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(ConsultingApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.companyNameLabel.setBuddy(self.companyNameEdit)
        self.certificationNumberLabel.setBuddy(self.certificationNumberEdit)
        self.representativeLabel.setBuddy(self.representativeEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.faxLabel.setBuddy(self.faxEdit)
        self.orgFormLabel.setBuddy(self.orgFormCombo)
        self.pastParticipationLabel.setBuddy(self.pastParticipationEdit)
        self.managerNameLabel.setBuddy(self.managerNameEdit)
        self.managerEmailLabel.setBuddy(self.managerEmailEdit)
        self.managerPhoneLabel.setBuddy(self.managerPhoneEdit)
        self.managerMobileLabel.setBuddy(self.managerMobileEdit)
        self.requestLabel.setBuddy(self.requestEdit)
        self.appliedOnLabel.setBuddy(self.appliedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.loadMemberButton)
        QWidget.setTabOrder(self.loadMemberButton, self.companyNameEdit)
        QWidget.setTabOrder(self.companyNameEdit, self.certPreliminaryCheck)
        QWidget.setTabOrder(self.certPreliminaryCheck, self.certCertifiedCheck)
        QWidget.setTabOrder(self.certCertifiedCheck, self.certificationNumberEdit)
        QWidget.setTabOrder(self.certificationNumberEdit, self.representativeEdit)
        QWidget.setTabOrder(self.representativeEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.faxEdit)
        QWidget.setTabOrder(self.faxEdit, self.orgFormCombo)
        QWidget.setTabOrder(self.orgFormCombo, self.supportNoneCheck)
        QWidget.setTabOrder(self.supportNoneCheck, self.supportCurrentCheck)
        QWidget.setTabOrder(self.supportCurrentCheck, self.supportYearSpin)
        QWidget.setTabOrder(self.supportYearSpin, self.supportPastCheck)
        QWidget.setTabOrder(self.supportPastCheck, self.supportEndedCheck)
        QWidget.setTabOrder(self.supportEndedCheck, self.pastParticipationEdit)
        QWidget.setTabOrder(self.pastParticipationEdit, self.managerNameEdit)
        QWidget.setTabOrder(self.managerNameEdit, self.managerEmailEdit)
        QWidget.setTabOrder(self.managerEmailEdit, self.managerPhoneEdit)
        QWidget.setTabOrder(self.managerPhoneEdit, self.managerMobileEdit)
        QWidget.setTabOrder(self.managerMobileEdit, self.otherCheck)
        QWidget.setTabOrder(self.otherCheck, self.otherFieldEdit)
        QWidget.setTabOrder(self.otherFieldEdit, self.requestEdit)
        QWidget.setTabOrder(self.requestEdit, self.appliedOnEdit)
        QWidget.setTabOrder(self.appliedOnEdit, self.signedCheck)

        self.retranslateUi(ConsultingApplicationDialog)
        self.buttonBox.rejected.connect(ConsultingApplicationDialog.reject)

        QMetaObject.connectSlotsByName(ConsultingApplicationDialog)
    # setupUi

    def retranslateUi(self, ConsultingApplicationDialog):
        ConsultingApplicationDialog.setWindowTitle(QCoreApplication.translate("ConsultingApplicationDialog", u"\ub3d9\ub8cc\ucee8\uc124\ud305 \uc2e0\uccad\uc11c", None))
        self.headingLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\u3010\ubcc4\uc9c0 \uc81c1\ud638 \uc11c\uc2dd\u3011 \ud53c\uc5b4\uacbd\uc601\ucee8\uc124\ud305 \uc2e0\uccad\uc11c", None))
        self.titleLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"title", None))
        self.memberLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ud68c\uc6d0\uc0ac(&M)", None))
        self.loadMemberButton.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ud68c\uc6d0\uc0ac\uc5d0\uc11c \ubd88\ub7ec\uc624\uae30(&L)", None))
        self.companySectionLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"1. \uae30\uc5c5 \uc815\ubcf4", None))
        self.companySectionLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"section", None))
        self.companyNameLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uae30\uc5c5\uba85(&N)", None))
        self.companyNameLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.companyNameEdit.setPlaceholderText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc608: \uac00\ub78c\ub3cc\ubd04\uc0ac\ud68c\uc801\ud611\ub3d9\uc870\ud569", None))
        self.certificationLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc778\uc99d/\uc9c0\uc815\uc5ec\ubd80", None))
        self.certificationLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.certPreliminaryCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc608\ube44(&Y)", None))
        self.certCertifiedCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc778\uc99d(&I)", None))
        self.certificationNumberLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc778\uc99d/\uc9c0\uc815\ubc88\ud638", None))
        self.certificationNumberLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.representativeLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ub300\ud45c\uc790\uba85", None))
        self.representativeLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.phoneLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc804\ud654", None))
        self.phoneLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ConsultingApplicationDialog", u"041-123-4567", None))
        self.addressLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc8fc\uc18c", None))
        self.addressLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.emailLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc774\uba54\uc77c", None))
        self.emailLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.faxLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ud329\uc2a4", None))
        self.faxLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.orgFormLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc0ac\ud68c\uc801\uc870\uc9c1\ud615\ud0dc", None))
        self.orgFormLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.supportLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"(\uc608\ube44)\uc0ac\ud68c\uc801\uae30\uc5c5\n"
"\uc9c0\uc6d0 \uc720\ubb34", None))
        self.supportLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.supportNoneCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc9c0\uc6d0\ubc1b\uc740 \uc801 \uc5c6\uc74c", None))
        self.supportCurrentCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ud604\uc7ac \ucc38\uc5ec (", None))
        self.supportYearSpin.setSpecialValueText(QCoreApplication.translate("ConsultingApplicationDialog", u"\u2014 \ub144\ucc28", None))
        self.supportYearSpin.setSuffix(QCoreApplication.translate("ConsultingApplicationDialog", u"\ub144\ucc28", None))
        self.supportCurrentCloseLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u")", None))
        self.supportPastCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc9c0\uc6d0\ubc1b\uc558\uc73c\ub098, \ud604\uc7ac\ub294 \uc9c0\uc6d0\ubc1b\uace0 \uc788\uc9c0 \uc54a\uc74c", None))
        self.supportEndedCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc885\ub8cc", None))
        self.pastParticipationLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uacfc\uac70 \ucc38\uc5ec \ub0b4\uc5ed", None))
        self.pastParticipationLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.pastParticipationEdit.setPlaceholderText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc608: 2020\ub144 \uac00\ub78c\uc2dc \uc0ac\ud68c\uc801\uacbd\uc81c \ucc3d\uc5c5 \ucee8\uc124\ud305 \ucc38\uc5ec", None))
        self.managerLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ucd1d\uad04\ucc45\uc784\uc790", None))
        self.managerLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.managerNameLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc774\ub984", None))
        self.managerNameLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.managerEmailLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc774\uba54\uc77c", None))
        self.managerEmailLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.managerPhoneLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc804\ud654", None))
        self.managerPhoneLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.managerMobileLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ud734\ub300\uc804\ud654", None))
        self.managerMobileLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.managerMobileEdit.setPlaceholderText(QCoreApplication.translate("ConsultingApplicationDialog", u"010-1234-5678", None))
        self.requestSectionLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"2. \uae30\ucd08\uacbd\uc601\uc9c0\uc6d0 \uad00\ub828 \uc694\uccad\uc0ac\ud56d", None))
        self.requestSectionLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"section", None))
        self.fieldsLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc2e0\uccad \ubd84\uc57c(\uc608\uc2dc)", None))
        self.fieldsLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.otherCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uae30\ud0c0\ud615(", None))
        self.otherFieldEdit.setPlaceholderText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc608: \ud0dc\uc591\uad11 \ubcf4\uc870\uae08 \uc2e0\uccad", None))
        self.otherCloseLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u")", None))
        self.requestLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc2e0\uccad \ub0b4\uc6a9(&C)", None))
        self.requestLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"cell", None))
        self.declarationLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\ubcf8 (\uc608\ube44)\uc0ac\ud68c\uc801\uae30\uc5c5\uc740 \uc704\uc640 \uac19\uc774 \ud53c\uc5b4\uacbd\uc601\ucee8\uc124\ud305\uc744 \uc2e0\uccad\ud569\ub2c8\ub2e4.", None))
        self.appliedOnLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc2e0\uccad\uc77c(&D)", None))
        self.appliedOnEdit.setDisplayFormat(QCoreApplication.translate("ConsultingApplicationDialog", u"yyyy\ub144 M\uc6d4 d\uc77c", None))
        self.applicantLabel.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"\uc2e0\uccad\uc778(\ub300\ud45c)", None))
        self.signedCheck.setText(QCoreApplication.translate("ConsultingApplicationDialog", u"(\uc11c\uba85 \ub610\ub294 \uc778) \uc788\uc74c(&G)", None))
        self.recipientLabel.setProperty(u"formRole", QCoreApplication.translate("ConsultingApplicationDialog", u"recipient", None))
    # retranslateUi

