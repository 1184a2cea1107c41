// Chinese titles and summaries per category. '{v}' is the village; templates are split once at load
// so the hot path only concatenates three strings.

import { CategoryCode as C } from '@lianxin/domain';

const RAW: Readonly<Record<C, readonly [string, string][]>> = {
  [C.TREE_SHADING]: [
    [
      '{v}农田林网树木遮阴影响庄稼生长',
      '{v}村民反映农田林网树木长势茂盛、树冠大，遮挡耕地致农作物减产，请求修枝或间伐。',
    ],
    ['{v}渠边树木遮挡耕地', '{v}村民反映渠边杨树遮阴，玉米、小麦长势差，请求协调处理。'],
    ['{v}林带遮阴引发邻地纠纷', '{v}村民反映邻地林带遮挡自家承包地，与林木所有人多次协商未果。'],
  ],
  [C.IRRIGATION]: [
    ['{v}农田淌不上水', '{v}村民反映灌溉轮次排不上，地里淌不上水，请求协调用水。'],
    ['{v}支渠渗漏影响灌溉', '{v}村民反映支渠年久失修、渗漏严重，下游地块灌溉困难。'],
    ['{v}灌溉水费收取争议', '{v}村民对灌溉水费计量和收取标准有异议，请求核实。'],
  ],
  [C.LAND_CONTRACT]: [
    ['{v}土地承包经营权纠纷', '{v}村民反映承包地被他人占用，请求确认承包经营权。'],
    ['{v}土地流转费未按期支付', '{v}村民反映流转出去的土地流转费未按合同支付，请求协调。'],
    ['{v}承包地面积确权有误', '{v}村民反映确权登记的承包地面积与实际不符，请求更正。'],
  ],
  [C.HOMESTEAD]: [
    ['{v}宅基地界址纠纷', '{v}村民反映与邻居宅基地界址不清，翻建房屋时发生争执。'],
    ['{v}宅基地审批问题', '{v}村民反映申请宅基地多时未获审批，请求说明情况。'],
  ],
  [C.LAND_REQUISITION]: [
    ['{v}征地补偿款发放问题', '{v}村民反映征地补偿款未足额发放，请求核实。'],
    ['{v}房屋拆迁安置问题', '{v}村民反映拆迁安置房迟迟未交付，请求落实安置。'],
  ],
  [C.UNPAID_WAGES]: [
    ['{v}务工人员工资被拖欠', '{v}村民反映在工地务工完工后工资被拖欠，请求帮助追讨。'],
    ['{v}村民讨要工程劳务费', '{v}村民反映劳务分包方拖欠劳务费，临近年关生活困难。'],
  ],
  [C.FAMILY]: [
    ['{v}赡养纠纷', '{v}村民反映子女不履行赡养义务，请求调解。'],
    ['{v}婚姻家庭矛盾', '{v}村民反映家庭矛盾激化，请求村调委会和司法所介入调解。'],
  ],
  [C.NEIGHBOURS]: [
    ['{v}邻里排水纠纷', '{v}村民反映邻居院落排水流入自家，多次协商未果。'],
    ['{v}邻里通行纠纷', '{v}村民反映邻居堆放杂物堵塞巷道，影响通行。'],
  ],
  [C.POLLUTION]: [
    ['{v}养殖场异味扰民', '{v}村民反映附近养殖场粪污处理不当，异味严重。'],
    ['{v}企业粉尘噪声污染', '{v}村民反映附近企业粉尘、噪声影响正常生活，请求查处。'],
  ],
  [C.LITIGATION]: [
    ['{v}村民对判决执行有异议', '{v}村民反映民事判决长期未执行到位，请求督促执行。'],
    ['{v}村民反映案件处理不公', '{v}村民对治安案件处理结果不服，请求复核。'],
  ],
  [C.BENEFITS]: [
    ['{v}低保资格认定问题', '{v}村民反映家庭困难，申请最低生活保障未获批准。'],
    ['{v}养老保险待遇问题', '{v}村民对城乡居民养老保险待遇核定有异议。'],
    ['{v}残疾人补贴发放问题', '{v}村民反映残疾人两项补贴未按时发放。'],
  ],
  [C.OTHER]: [
    ['{v}道路破损影响出行', '{v}村民反映村组道路破损严重，雨天出行困难。'],
    ['{v}路灯损坏无人维修', '{v}村民反映村内路灯损坏多时无人维修。'],
  ],
};

export interface Template {
  titleBefore: string;
  titleAfter: string;
  summaryBefore: string;
  summaryAfter: string;
}

function split(text: string): [string, string] {
  const i = text.indexOf('{v}');
  return [text.slice(0, i), text.slice(i + 3)];
}

export const TEMPLATES: Readonly<Record<C, readonly Template[]>> = Object.fromEntries(
  Object.entries(RAW).map(([code, list]) => [
    code,
    list.map(([title, summary]) => {
      const [titleBefore, titleAfter] = split(title);
      const [summaryBefore, summaryAfter] = split(summary);
      return { titleBefore, titleAfter, summaryBefore, summaryAfter };
    }),
  ]),
) as unknown as Record<C, readonly Template[]>;

export const DECLINE_REASONS = [
  '已进入诉讼程序，依法不予受理',
  '不属于本机关职权范围，已告知向有权机关提出',
  '同一事项已办结且未在规定期限内申请复查',
];
export const DELAY_REASONS = [
  '涉及多个部门，需进一步调查核实',
  '需委托第三方测量评估',
  '当事人外出务工，需待其返乡后协商',
  '需等待司法鉴定结果',
];
export const COORDINATION_DECISIONS: Readonly<Record<C, readonly string[]>> = {
  [C.TREE_SHADING]: ['对遮挡耕地的林网树木分批修枝、间伐', '林草部门办理采伐手续'],
  [C.IRRIGATION]: ['调整灌溉轮次，优先保障受影响地块', '水管单位限期维修渠道'],
  [C.LAND_CONTRACT]: ['依据确权资料现场指界', '由村委会组织双方签订协议'],
  [C.HOMESTEAD]: ['依据宅基地审批资料现场确界', '自然资源部门出具书面意见'],
  [C.LAND_REQUISITION]: ['核对补偿清册，补发差额', '明确安置房交付时间'],
  [C.UNPAID_WAGES]: ['责令总包单位先行垫付工资', '人社部门立案督办'],
  [C.FAMILY]: ['组织家庭成员调解，签订赡养协议'],
  [C.NEIGHBOURS]: ['村调委会现场调解，双方达成协议'],
  [C.POLLUTION]: ['责令限期整改', '环境部门跟踪监测'],
  [C.LITIGATION]: ['引导当事人依法通过诉讼程序解决', '法院加大执行力度'],
  [C.BENEFITS]: ['重新入户核查家庭经济状况', '符合条件的按规定纳入保障'],
  [C.OTHER]: ['列入年度维修计划', '明确责任单位和完成时限'],
};

/** The written reply (答复意见) per outcome, as a clerk would file it. */
export const REPLY_TEXTS = {
  SUPPORTED: '经调查核实，反映问题属实，已责成责任单位依法解决到位，现予书面答复。',
  EXPLAINED: '经调查核实，已就相关政策规定和处理依据向信访人作出解释说明，现予书面答复。',
  NOT_SUPPORTED: '经调查核实，所提诉求缺乏事实和政策依据，不予支持，现予书面答复。',
} as const;
/** Grounds of a review (复查) or re-review (复核) request. */
export const REVIEW_REASONS = ['对处理意见不服，申请复查', '认为事实认定有误，申请复查'] as const;
export const REREVIEW_REASONS = ['对复查意见不服，申请复核'] as const;
/** Review and re-review answers: whether they kept or changed the answer before them. */
export const REVIEW_KEPT = '经复查，原处理意见认定事实清楚、适用政策正确，予以维持。';
export const REVIEW_CHANGED = '经复查，原处理意见认定事实不清，予以撤销，责成责任单位重新办理。';
export const REREVIEW_KEPT = '经复核，复查意见正确，予以维持；本事项终结。';
export const REREVIEW_CHANGED = '经复核，复查意见部分不当，予以变更；本事项终结。';
export const REOPEN_REASON = '复查意见撤销原处理意见，责成重新办理';
