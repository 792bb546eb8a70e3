#!/usr/bin/env python3
"""Writes a WXR export of N posts made from the sample export's generated posts (new ids, slugs
and titles), keeping the sample's special items (drafts, pages, attachment...) once.
Usage: wordpress-wxr.py SAMPLE.xml N OUT.xml"""
import re
import sys

sample, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(sample, encoding="utf-8").read()
head, rest = text.split("<item>", 1)
parts = ("<item>" + rest).split("</item>")
tail = parts[-1]
items = [p + "</item>" for p in parts[:-1]]
plain = [i for i in items if "<wp:post_type><![CDATA[post]]>" in i and "<wp:status><![CDATA[publish]]>" in i
         and int(re.search(r"<wp:post_id>(\d+)", i).group(1)) < 2000]
special = [i for i in items if i not in plain]
with open(out, "w", encoding="utf-8") as f:
    f.write(head)
    count = len([i for i in special if "<wp:post_type><![CDATA[post]]>" in i])
    for i in special:
        f.write(i)
    k = 0
    while count < n:
        src = plain[k % len(plain)]
        k += 1
        new_id = 100000 + k
        item = re.sub(r"<wp:post_id>\d+</wp:post_id>", "<wp:post_id>%d</wp:post_id>" % new_id, src)
        item = re.sub(r"(<wp:post_name><!\[CDATA\[)([^\]]*)", lambda m: m.group(1) + m.group(2) + "-%d" % k, item)
        item = re.sub(r"(<title><!\[CDATA\[)([^\]]*)", lambda m: m.group(1) + m.group(2) + " %d" % k, item)
        item = re.sub(r"(<link>[^<]*?)/(</link>)", lambda m: m.group(1) + "-%d/" % k + m.group(2), item)
        f.write(item)
        count += 1
    f.write(tail)
