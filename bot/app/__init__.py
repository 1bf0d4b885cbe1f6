"""The Discord layer: a thin shell around :class:`bot.core.service.AnswerService`.

Nothing here decides what to answer; it only asks the service and shows the reply.
"""
