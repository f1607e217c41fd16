"""The words that name a meeting, shared by the people stage (a meeting is never a person:
全会指出, 大会号召) and the events stage (a meeting is a noun phrase ending in one of them)."""
from __future__ import annotations

# Complete meeting nouns: a noun phrase ending in one names a gathering.
NOUNS = ("会议 座谈会 论坛 峰会 大会 全会 常委会 研讨会 报告会 茶话会 培训班 仪式 讲座 开幕式 闭幕式 典礼 "
         "开班式 结业式 领导人会晤 次会晤 元首会晤 总理会晤 外长会晤 定期会晤 非正式会晤 晚餐会 午餐会 早餐会 "
         "招待会 宴会 晚宴 酒会 晚会 音乐会 追悼会 联欢会 博览会 交易会 展览会 党代会 人代会 团代会 职代会 研讨班 读书班").split()
# 外长会, 部长会: a ministers' meeting as diplomatic reports shorten it (as patterns: not 外长会见,
# 部长会谈, where 会 opens the verb)
_SHORTENED = ["外长会(?![见谈晤议])", "部长会(?![见谈晤议])"]
# Heads that name a meeting with 会 or 会议 after them (推进会, 推进会议).
NOUN_HEADS = ("推进 交流 总结 座谈 报告 发布 见面 动员 部署 调度 协调 联席 汇报 表彰 誓师 启动 签约 通报 "
              "述职 务虚 碰头 恳谈 洽谈 推介 学习 办公 务 理事 年 例 党组 常务 协商 对接 说明 听证 通气 观摩 现场 分析 "
              "评议 审议 议政 联组 招商 团拜 纪念 庆祝 联谊 宣讲 辅导 讨论 论证 评审 质询 约谈 复盘 点评 推动 对话 磋商 圆桌 "
              "警示教育 民主生活 组织生活 经验交流 情况通报 吹风 记者").split()  # 政策吹风会, 记者会: briefings as 发布会

# A noun phrase's meeting noun, as a pattern to compose. The lookahead for a first character lets re
# reject most positions with one test instead of trying ~80 alternatives at each step of a lazy
# name (the trigger patterns spent 0.3 s there).
MEETING_NOUN = (rf"(?=[{''.join(sorted({w[0] for w in NOUNS + NOUN_HEADS + _SHORTENED}))}])"
                rf"(?:{'|'.join(NOUNS + _SHORTENED)}|(?:{'|'.join(NOUN_HEADS)})会议?)")
