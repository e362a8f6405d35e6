/**
 * Relation cue words (data only): verbs that say a place develops a sector, words that put a mention
 * out of subject position, and the markers of containment (其中, 的, 内).
 */

/** A sentence holding one of these says its subject develops, grows or gathers the sectors it names. */
export const DEVELOP_CUES = /发展|培育|壮大|做大|做强|打造|引进|集聚|聚集|主导|支柱|优势产业|特色产业|招引|承接|振兴|集群|产业链|产业基地|制造基地|新高地|板块|强链|补链|延链/u;

/** Sentences that mention a sector only as a measure or a problem do not say it is developed. */
export const NOT_DEVELOP_CUES = /淘汰|限制|退出|关停|禁止|取缔|压减|增加值占|比重|占比|税收|下降|不足|滞后|薄弱|短板|问题|困难|挑战|冲击/u;

/** A mention right after one of these is an object or a partner, not the sentence's subject. */
export const NOT_SUBJECT_BEFORE = /(?:依托|对接|融入|与|和|及|同|向|联合|借助|利用|引进|服务|辐射|带动|毗邻|邻近|连接|接轨|加强与|学习|参照|对标|在)$/u;

/** Words right after a mention that make it the subject of what follows. */
export const SUBJECT_AFTER = /^(?:：|，|要|将|是|为|以|重点|着力|大力|积极|加快|全面|坚持|围绕|依托|作为|位于|规划|面积|成为|已|已经|在|应|需|争取|力争|率先|主要|包括|共|总)/u;

/** Containment markers: `P，其中Q…` and `P的Q` put Q inside P. */
export const CONTAINS_CUES = /其中|包括|下辖|内含|涵盖/u;
