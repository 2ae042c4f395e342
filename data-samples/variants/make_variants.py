#!/usr/bin/env python3
"""Writes the variant sample drops of data-samples/variants/ from the bundled drop.

contract/  the same data in the input contract's layout (the twin the variants are compared with)
city-a/    问卷星's own download names (按文本 and 按序号) in folders of any name, and a 12345 extract
           in the layout of profile hotline-city-a (UTF-8)
city-b/    a 12345 extract in the layout of profile hotline-city-b (GB18030, 1/0, codes, yyyyMMddHHmmss)

Run from the repository root:  python3 data-samples/variants/make_variants.py
The test VariantDropsTest ingests the three and checks they give the same tables.
"""
import csv
import datetime
import io
import json
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)))
DROP = os.path.join(ROOT, '..', 'drop')
ROWS_HOTLINE = 120
ROWS_RESIDENT = 120

TIME_COLUMNS = ['来电时间', '签收时限', '签收时间', '办结时限', '办结时间']
YES_NO = ['是否退单', '是否重办', '是否不合理诉求']
ANSWERS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意', '不了解']
SEXES = ['男', '女']
AGES = ['18-29岁', '30-44岁', '45-59岁', '60岁及以上']


def read(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f))
    return [h.strip() for h in rows[0]], rows[1:]


def write(path, header, rows, encoding='utf-8-sig'):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding=encoding, newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(header)
        w.writerows(rows)


def marker(drop, note):
    with open(os.path.join(drop, 'govindex-synthetic.json'), 'w', encoding='utf-8') as f:
        json.dump({'period': '2026', 'synthetic': True, 'note': note}, f, ensure_ascii=False, indent=2)
        f.write('\n')


def registry(target, names):
    for table, name in names.items():
        dst = os.path.join(target, name)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(DROP, 'registry', table + '.csv'), dst)


def copy(target, names):
    """Files of the bundled drop copied as they are (contract layout), under the given names."""
    for src, dst in names.items():
        path = os.path.join(target, dst)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(os.path.join(DROP, src), path)


UNCHANGED = ['cases/mediation_2026.csv', 'cases/mediation_summary_2026.csv',
             'facts/community_facts_2026.csv', 'facts/street_facts_2026.csv',
             'facts/projects_2026.csv', 'surveys/department_2026_a.csv']


def recode(value, mapping):
    """The variant's value of a contract value; a contract defect stays a defect in the variant."""
    v = value.strip()
    inverse = {c: e for e, c in mapping.items()}
    if v in inverse:
        return inverse[v]
    return '无效:' + v if v in mapping else value


def redate(value, fmt):
    try:
        t = datetime.datetime.strptime(value.strip(), '%Y-%m-%d %H:%M:%S')
    except ValueError:
        return value
    return fmt(t)


def hotline_variant(header, rows, aliases, values, fmt, extra):
    inverse_alias = {c: e for e, c in aliases.items()}
    out_header = [inverse_alias.get(h, h) for h in header] + list(extra)
    out_rows = []
    for n, row in enumerate(rows):
        out = []
        for h, v in zip(header, row):
            if h in values:
                v = recode(v, values[h])
            if h in TIME_COLUMNS:
                v = redate(v, fmt)
            out.append(v)
        out.extend(f(n, row) for f in extra.values())
        out_rows.append(out)
    return out_header, out_rows


def main():
    header, hotline = read(os.path.join(DROP, 'cases', 'hotline_2026_05-08.csv'))
    hotline = hotline[:ROWS_HOTLINE]
    resident_header, resident = read(os.path.join(DROP, 'surveys', 'resident_2026_a.csv'))
    resident = resident[:ROWS_RESIDENT]
    half = ROWS_RESIDENT // 2

    contract = os.path.join(ROOT, 'contract')
    city_a = os.path.join(ROOT, 'city-a')
    city_b = os.path.join(ROOT, 'city-b')
    for d in (contract, city_a, city_b):
        shutil.rmtree(d, ignore_errors=True)

    plain = {t: 'registry/' + t + '.csv' for t in ('districts', 'streets', 'communities', 'departments')}
    registry(contract, plain)
    write(os.path.join(contract, 'surveys', 'resident_2026_a.csv'), resident_header, resident[:half])
    write(os.path.join(contract, 'surveys', 'resident_2026_b.csv'), resident_header, resident[half:])
    write(os.path.join(contract, 'cases', 'hotline_2026_05.csv'), header, hotline)
    copy(contract, {f: f for f in UNCHANGED})
    marker(contract, 'the data of city-a and city-b in the input contract layout')

    registry(city_a, {'districts': '名录/区划名录.csv', 'streets': '名录/街道名录.csv',
                      'communities': '名录/社区名录.csv', 'departments': '名录/部门名录.csv'})
    copy(city_a, {'cases/mediation_2026.csv': '调解/2026年人民调解案件.csv',
                  'cases/mediation_summary_2026.csv': '调解/调解汇总.csv',
                  'facts/community_facts_2026.csv': '统计/社区基础数据.csv',
                  'facts/street_facts_2026.csv': '统计/街道经济数据.csv',
                  'facts/projects_2026.csv': '统计/创新项目.csv',
                  'surveys/department_2026_a.csv': '问卷星/2026年部门双向考评_问卷星导出.csv'})
    write(os.path.join(city_a, '问卷星', '2026年居民满意度调查_问卷星导出.csv'), resident_header,
          resident[:half])
    coded = []
    for row in resident[half:]:
        out = list(row)
        for i, h in enumerate(resident_header):
            if '满意程度' in h:
                out[i] = str(ANSWERS.index(row[i]) + 1) if row[i] in ANSWERS else row[i]
            elif '性别' in h:
                out[i] = str(SEXES.index(row[i]) + 1) if row[i] in SEXES else row[i]
            elif '年龄' in h:
                out[i] = str(AGES.index(row[i]) + 1) if row[i] in AGES else row[i]
        coded.append(out)
    write(os.path.join(city_a, '问卷星', '2026年居民满意度调查_按序号.csv'), resident_header, coded)
    a_aliases = {'工单号': '工单编号', '受理时间': '来电时间', '来源渠道': '受理渠道', '诉求类别': '诉求类型',
                 '诉求人电话': '来电号码', '街道编码': '所属街道代码', '社区编码': '所属社区代码',
                 '承办单位编码': '承办单位代码', '签收期限': '签收时限', '办结期限': '办结时限',
                 '办理状态': '工单状态', '是否退回': '是否退单', '是否重新交办': '是否重办',
                 '是否无效诉求': '是否不合理诉求', '回访情况': '回访结果', '满意度评价': '回访满意度'}
    a_values = {'工单状态': {'已归档': '已办结', '处理中': '办理中', '已作废': '[作废]'},
                '回访结果': {'问题已解决': '已解决', '问题未解决': '未解决', '未回访': '未回访'},
                '回访满意度': {'满意': '满意', '比较满意': '基本满意', '不满意': '不满意', '无评价': '未评价'}}
    for c in YES_NO:
        a_values[c] = {'Y': '是', 'N': '否'}
    h, rows = hotline_variant(
        header, hotline, a_aliases, a_values,
        lambda t: f'{t.year}年{t.month}月{t.day}日 {t:%H:%M:%S}',
        {'诉求人姓名': lambda n, r: '张先生' if n % 2 else '李女士', '备注': lambda n, r: ''})
    write(os.path.join(city_a, '12345', 'A市12345工单导出_2026年5月.csv'), h, rows)
    marker(city_a, '问卷星 names and a 按序号 export; a 12345 extract of profile hotline-city-a')

    registry(city_b, plain)
    shutil.copytree(os.path.join(contract, 'surveys'), os.path.join(city_b, 'surveys'))
    copy(city_b, {f: f for f in UNCHANGED if f.startswith('facts') or 'mediation' in f})
    b_aliases = {'受理编号': '工单编号', '来电日期时间': '来电时间', '渠道': '受理渠道', '问题类型': '诉求类型',
                 '联系电话': '来电号码', '属地街道代码': '所属街道代码', '属地社区代码': '所属社区代码',
                 '责任单位代码': '承办单位代码', '应签收时间': '签收时限', '实际签收时间': '签收时间',
                 '应办结时间': '办结时限', '实际办结时间': '办结时间', '当前状态': '工单状态',
                 '退单标志': '是否退单', '重办标志': '是否重办', '不合理诉求标志': '是否不合理诉求',
                 '回访结论': '回访结果', '满意度代码': '回访满意度', '问题描述': '诉求内容'}
    b_values = {'工单状态': {'办结': '已办结', '在办': '办理中', '作废': '[作废]'},
                '回访满意度': {'1': '满意', '2': '基本满意', '3': '不满意', '0': '未评价'}}
    for c in YES_NO:
        b_values[c] = {'1': '是', '0': '否'}
    h, rows = hotline_variant(header, hotline, b_aliases, b_values,
                              lambda t: f'{t:%Y%m%d%H%M%S}', {'来电人姓名': lambda n, r: '王先生'})
    write(os.path.join(city_b, 'cases', 'hotline_2026_b.csv'), h, rows, encoding='gb18030')
    marker(city_b, 'a 12345 extract of profile hotline-city-b')


if __name__ == '__main__':
    main()
