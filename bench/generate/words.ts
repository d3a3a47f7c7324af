/**
 * Korean valet/parking vocabulary the generator recombines with the bundled scripts' sentences.
 * Benchmark data only: these words shape titles, categories, sites and extra lines so a generated
 * corpus has the spread (and the search vocabulary) of a real knowledge base; none of it is policy.
 */

export interface Named {
  name: string;
  slug: string;
}

/** Top levels of the generated category tree; 발레 is the bundled tree's root and keeps its slug. */
export const categoryRoots: Named[] = [
  { name: '발레', slug: 'valet' },
  { name: '주차', slug: 'parking' },
  { name: '결제', slug: 'payment' },
  { name: '계정', slug: 'account' },
  { name: '제휴', slug: 'partner' },
];

export const categoryGroups: Named[] = [
  { name: '이용불편/신고', slug: 'complaint' },
  { name: '오류', slug: 'error' },
  { name: '요금', slug: 'fee' },
  { name: '예약', slug: 'reservation' },
  { name: '환불', slug: 'refund' },
  { name: '이용안내', slug: 'guide' },
  { name: '차량', slug: 'vehicle' },
  { name: '쿠폰/할인', slug: 'coupon' },
];

export const categoryTopics: Named[] = [
  { name: '미이용결제/ 입차알림', slug: 'unused-payment' },
  { name: '입/출차오인식', slug: 'entry-exit-misread' },
  { name: '중복결제', slug: 'duplicate-charge' },
  { name: '요금문의', slug: 'fee-inquiry' },
  { name: '차량손상', slug: 'vehicle-damage' },
  { name: '대기시간', slug: 'wait-time' },
  { name: '직원응대', slug: 'staff' },
  { name: '분실물', slug: 'lost-item' },
  { name: '앱오류', slug: 'app-error' },
  { name: '알림', slug: 'notification' },
  { name: '정기권', slug: 'season-pass' },
  { name: '영수증', slug: 'receipt' },
  { name: '취소', slug: 'cancellation' },
  { name: '발레패스', slug: 'valet-pass' },
  { name: '차량등록', slug: 'car-registration' },
  { name: '할인적용', slug: 'discount' },
];

/** Fourth level, under some topics. */
export const categoryDetails: Named[] = [
  { name: '주말', slug: 'weekend' },
  { name: '야간', slug: 'night' },
  { name: '공항', slug: 'airport' },
  { name: '백화점', slug: 'department-store' },
  { name: '법인', slug: 'corporate' },
];

export const siteAreas: Named[] = [
  { name: '강남', slug: 'gangnam' },
  { name: '잠실', slug: 'jamsil' },
  { name: '판교', slug: 'pangyo' },
  { name: '여의도', slug: 'yeouido' },
  { name: '부산', slug: 'busan' },
  { name: '대구', slug: 'daegu' },
  { name: '광주', slug: 'gwangju' },
  { name: '제주', slug: 'jeju' },
  { name: '수원', slug: 'suwon' },
  { name: '송도', slug: 'songdo' },
];

export const siteKinds: Named[] = [
  { name: '백화점', slug: 'department-store' },
  { name: '호텔', slug: 'hotel' },
  { name: '병원', slug: 'hospital' },
  { name: '컨벤션센터', slug: 'convention' },
  { name: '아울렛', slug: 'outlet' },
];

/** What a question is about (title subject). */
export const subjects = [
  '발레패스', '발레 요금', '출차처리', '입차처리', '차량번호', '발레존', '주차권', '정기권', '할인쿠폰', '영수증',
  '결제수단', '카드결제', '발레 예약', '대기시간', '차량 키', '차량 손상', '분실물', '입차알림', '출차알림', '이용내역',
  '차량정보', '법인카드', '포인트', '환불', '주차요금', '현장 직원', '호출', '픽업 위치', '운영시간', '앱 화면',
];

/** What went wrong or what the customer asks (title predicate). */
export const issues = [
  '결제가 두 번 되었어요', '확인이 안 돼요', '잘못 등록되었어요', '취소하고 싶어요', '변경할 수 있나요', '환불받을 수 있나요',
  '알림이 오지 않아요', '금액이 달라요', '적용되지 않았어요', '어디서 확인하나요', '오류가 나요', '너무 오래 걸려요',
  '처리가 되지 않았어요', '문의드립니다', '사용할 수 없나요', '해지하고 싶어요', '누락되었어요', '중복으로 표시돼요',
  '조회가 안 돼요', '다시 받을 수 있나요', '기준이 궁금해요', '연장할 수 있나요', '등록이 안 돼요', '이용 중으로 떠요',
  '잘못 청구되었어요',
];

/** When or where it happened (optional title prefix). */
export const contexts = [
  '주말 이용 시', '야간 출차 후', '공항 장기주차', '백화점 방문 시', '예약 후', '출차 직후', '입차 직후', '렌트차량으로',
  '법인차량으로', '차량 변경 후', '앱 업데이트 후', '현장 결제 후', '쿠폰 사용 시', '정기권 이용 중', '동승자 이용 시',
  '두 대 등록 시', '해외카드로', '첫 이용 시', '재방문 시', '비 오는 날',
];

/** Agents' lines built from a subject; slot names are defined in the generated slots.yaml. */
export const lineTemplates = [
  '{subject} 관련하여 불편을 드려 죄송합니다.',
  '{subject} 내역을 확인해 보겠습니다. 잠시만 기다려 주시겠어요?',
  '확인해 보니 {subject} 건은 {{usageDate}} 이용 건으로 확인됩니다.',
  '{subject} 건은 담당부서 확인 후 {{phoneNumber}}로 안내드리겠습니다.',
  '{subject} 관련 요금은 {{amount}}으로 확인 됩니다.',
  '등록된 차량번호 {{carNumber}} 기준으로 {subject} 내역을 확인했습니다.',
  '{{entryTime}}에 {subject} 처리된 것으로 확인됩니다.',
  '{{siteName}} 현장의 {subject} 운영 기준에 따라 안내드리겠습니다.',
  '{subject} 관련 문의 주셔서 감사합니다.',
  '번거로우시겠지만 {subject} 화면을 다시 한번 확인 부탁드립니다.',
];

export const exampleTemplates = [
  '{subject} 때문에 많이 당황스러우셨겠습니다.',
  '{subject} 관련해서 많이 불편하셨을 텐데요.',
  '바쁘신 와중에 {subject} 문의로 연락 주셔서 감사합니다.',
];

export const noteTemplates = [
  '{subject} 관련 보상 여부는 상담사가 임의로 안내하지 않습니다.',
  '{subject} 문의가 반복되면 팀장에게 공유합니다.',
];

export const branchLabels = [
  'Y', 'N', '판매차량/ 렌트차량', '이용 요금이 0원일 경우', '이용 요금 있을 경우', '고객이 재문의할 경우', '현장 확인 필요 시',
  '앱 화면 확인 가능 시', '결제 취소 완료', '결제 취소 불가',
];

export const branchHints = ['발레존/담당 부서 확인 필요', '현장 관리자 확인 필요', '결제팀 이관', '당일 처리'];

export const routeSegments = [
  '카카오 T 앱', '카카오 내비앱', '아래쪽 [내차관리]', '발레', '전체 메뉴', '[이용내역]', '[결제수단 관리]', '[쿠폰함]',
  '[영수증 보기]', '[고객센터]', '가운데 [발레패스 등록정보]', '[설정]',
];

export const owners = ['상담운영팀', '발레운영팀', '결제지원팀', '품질관리팀'];

export const keywordPool = ['발렛', '대리주차', '차 빼기', '이중결제', '렌트카', '주차비', '환불요청', '영수증 재발행', '쿠폰 미적용'];
