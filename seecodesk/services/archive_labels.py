"""Korean names for the tables and columns of the database, for the handover archive's CSV files.

A column not named here keeps its English name (another part of the program may add tables).
"""

TABLE_LABELS = {
    "settings": "설정", "organisations": "조직(회원사)", "designations": "인증지정", "membership_periods": "회원기간",
    "dues": "회비", "people": "사람", "person_roles": "직책", "consents": "개인정보동의", "bodies": "분과기구",
    "body_members": "분과기구 위원", "product_categories": "품목분류", "products": "제품서비스",
    "consulting_fields": "컨설팅분야", "mentor_offers": "멘토", "mentor_offer_fields": "멘토 분야",
    "consulting_applications": "컨설팅 신청", "consulting_application_fields": "컨설팅 신청분야",
    "consulting_status_history": "컨설팅 상태이력", "consulting_matches": "컨설팅 매칭", "consulting_sessions": "컨설팅 회차",
    "consulting_reports": "컨설팅 결과보고", "meetings": "회의", "meeting_attendees": "회의 참석자",
    "quorum_rules": "성원 규칙", "agenda_items": "안건", "action_items": "할 일", "meeting_attachments": "회의 첨부파일",
    "plans": "계획", "plan_nodes": "계획 항목", "plan_tasks": "실행과제", "plan_budget_lines": "예산", "plan_months": "일정",
    "organisation_figures": "연도별 현황", "procurement_records": "공공구매", "procurement_totals": "기관별 총구매액",
    "plan_spending": "집행", "plan_activity_done": "세부활동 완료", "agreements": "업무협약", "trades": "상호거래",
    "history_operations": "변경 이력 작업", "history_changes": "변경 이력", "history_state": "변경 이력 상태",
    "privacy_log": "개인정보 처리 기록", "agreement_ceremonies": "업무협약식", "ceremony_organisations": "협약식 참여 기관",
    "agreement_parties": "협약 당사자", "agreement_products": "협약 제품", "agreement_status_history": "협약 상태이력",
    "trade_requests": "희망기관 접수", "dues_payments": "회비 납부", "number_series": "번호 대장", "letters": "발송 대장",
}

COLUMN_LABELS = {
    "id": "번호", "key": "항목", "value": "값", "name": "이름", "name_key": "검색용 이름", "legal_form": "법인형태",
    "business_number": "사업자등록번호", "corporation_number": "법인등록번호", "representative": "대표자",
    "address": "주소", "district": "읍면동", "phone": "전화", "fax": "팩스", "email": "이메일", "homepage": "홈페이지",
    "industry": "업종", "service_field": "주 사업분야", "founded_on": "설립일", "is_support_body": "지원기관 여부",
    "news": "요즘 소식", "notes": "메모", "note": "비고", "created_at": "만든 때", "updated_at": "고친 때",
    "deleted_at": "삭제한 때", "organisation_id": "조직 번호", "kind": "구분", "subtype": "유형", "number": "번호·회차",
    "designated_on": "지정일", "ends_on": "종료일", "joined_on": "가입일", "left_on": "탈퇴일", "year": "연도",
    "amount": "금액(원)", "paid_on": "납부일", "affiliation": "소속 구분", "title": "제목·직함", "mobile": "휴대전화",
    "gender": "성별", "in_group_chat": "단톡방", "person_id": "사람 번호", "role": "역할", "scope": "범위",
    "started_on": "시작일", "ended_on": "종료일", "consented_on": "동의일", "items": "동의 항목", "purpose": "목적",
    "retention": "보유기간", "third_party": "제3자 제공 동의", "withdrawn_on": "철회일", "cadence": "모임 주기",
    "cadence_period": "주기 단위", "sort_order": "순서", "body_id": "분과기구 번호", "term": "임기",
    "category": "분류", "description": "설명", "price": "가격(원)", "unit": "단위", "price_note": "가격 메모",
    "season": "판매 시기", "differentiator": "차별점", "social_value": "사회적 가치", "photo": "사진 파일",
    "procurement_eligible": "수의계약 가능", "certifications": "인증", "on_catalog": "카탈로그 수록",
    "active": "사용", "other_fields": "기타 분야", "capacity": "맡을 수 있는 수", "availability": "가능 시간",
    "starts_on": "시작일", "field_id": "분야 번호", "mentor_offer_id": "멘토 번호", "receipt_number": "접수번호",
    "company_name": "기업명", "certification": "인증 구분", "certification_number": "인증번호", "org_form": "조직 형태",
    "support_status": "지원 현황", "support_year": "지원 연도", "past_participation": "이전 참여",
    "manager_name": "담당자", "manager_email": "담당자 이메일", "manager_phone": "담당자 전화",
    "manager_mobile": "담당자 휴대전화", "other_checked": "기타 선택", "other_field": "기타 분야 내용",
    "request": "요청 내용", "applied_on": "신청일", "signed": "서명", "status": "상태", "cancel_reason": "취소 사유",
    "application_id": "신청 번호", "changed_on": "바뀐 날", "reason": "사유", "confirmed_on": "확정일",
    "explanation": "설명", "match_id": "매칭 번호", "held_on": "상담일", "hours": "시간", "place": "장소",
    "online": "온라인", "topics": "내용", "fee": "자문료(원)", "mentor_signed": "멘토 서명", "mentee_signed": "멘티 서명",
    "problem": "문제", "actions": "조치", "outcome": "결과", "follow_up": "후속 조치", "written_on": "작성일",
    "author": "작성자", "date": "날짜", "start_time": "시작 시각", "end_time": "끝 시각", "link": "링크",
    "chair_id": "의장 번호", "recorder_id": "기록자 번호", "meeting_id": "회의 번호", "guest_name": "손님 이름",
    "guest_organisation": "손님 소속", "guest_title": "손님 직함", "guest_phone": "손님 전화", "position": "순서",
    "rule": "규칙", "basis": "기준", "fixed_count": "정한 인원", "presenter_id": "발표자 번호",
    "presenter_name": "발표자", "discussion": "논의", "decision": "결정", "resolution": "결정 내용",
    "votes_for": "찬성", "votes_against": "반대", "votes_abstain": "기권", "from_action_id": "이어받은 할 일 번호",
    "what": "할 일", "owner_person_id": "담당자 번호", "owner_body_id": "담당 기구 번호", "owner_name": "담당",
    "due_on": "기한", "done_on": "완료일", "task_id": "과제 번호", "file_name": "파일 이름",
    "original_name": "원래 파일 이름", "size": "크기(바이트)", "added_at": "추가한 때", "start_month": "시작 월",
    "end_month": "끝 월", "grain": "일정 단위", "plan_id": "계획 번호", "parent_id": "상위 항목 번호", "code": "번호",
    "flagged": "중점", "frequency": "횟수", "node_id": "항목 번호", "priority": "우선순위", "progress_note": "진행 메모",
    "targets": "목표", "process": "추진 방법", "staffing": "필요 인력", "budget_note": "예산 메모",
    "city_roles": "시청 역할", "network_roles": "네트워크 역할", "item": "품목·내역", "private_amount": "민(원)",
    "public_amount": "관(원)", "month": "월", "paid_workers": "유급근로자 수", "vulnerable_workers": "취약계층 근로자 수",
    "vulnerable_types": "취약계층 유형", "revenue": "매출액(원)", "public_revenue": "공공구매 매출(원)",
    "social_purpose": "사회적목적 유형", "contribution": "사회공헌 활동", "contribution_category": "사회공헌 분류",
    "beneficiaries": "수혜 대상", "institution": "구매 기관", "department": "부서", "supplier": "구매 업체",
    "contract_method": "계약 방법", "is_local": "관내", "total_amount": "총구매액(원)", "budget_item": "예산 내역",
    "spent_on": "집행일", "funding_source": "재원",
    "reply": "회신", "label": "작업", "state": "상태", "seq": "순번", "undone_by": "되돌린 작업 번호",
    "operation_id": "작업 번호", "changed_at": "바뀐 때", "table_name": "표", "record_id": "기록 번호", "action": "처리",
    "owner_table": "소속 표", "owner_id": "소속 기록 번호", "before": "바뀌기 전", "after": "바뀐 뒤", "paused": "멈춤",
    "compact": "간단 기록", "origin": "기록한 프로그램", "done_at": "처리한 때", "people_count": "사람 수", "mode": "방식", "ceremony_id": "협약식 번호",
    "signed_on": "협약일", "discount": "할인·조건", "priority_purchase": "우선구매", "renewal_on": "갱신일",
    "auto_renew": "자동 갱신", "other_terms": "기타 조건", "status_on": "상태 바뀐 날", "scan_path": "서명본 파일",
    "agreement_id": "협약 번호", "outside_name": "외부 기관 이름", "product_id": "제품 번호", "buyer_id": "구매 기관 번호",
    "seller_id": "판매 기관 번호", "traded_on": "거래일", "source": "출처", "requester_id": "희망기관 번호",
    "provider_id": "제공기관 번호", "received_on": "접수일", "trade_id": "거래 번호", "closed_on": "종결일",
    "close_reason": "종결 사유", "method": "납부 방법", "series": "번호 종류", "last_number": "마지막 번호",
    "sequence": "일련번호", "sent_on": "발송일", "recipient": "수신", "attachment": "붙임",
}


# Where one column name means different things in different tables (a receipt's number is no 접수번호).
TABLE_COLUMN_LABELS = {
    ("dues_payments", "receipt_number"): "영수증 번호", ("letters", "number"): "문서번호", ("letters", "title"): "제목",
    ("people", "title"): "직함", ("meetings", "title"): "회의명", ("agreements", "title"): "협약 이름",
}


def column_label(name: str, table: str = "") -> str:
    """The Korean header for `table`'s column `name` (its own name when none is known)."""
    return TABLE_COLUMN_LABELS.get((table, name)) or COLUMN_LABELS.get(name, name)


def table_label(name: str) -> str:
    """The Korean name of a table, for file names."""
    return TABLE_LABELS.get(name, name)
