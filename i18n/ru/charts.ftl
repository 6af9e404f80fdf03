# Charts of the pack: the status grid, the incident timelines, the asks raised at each round.
# См. docs/translating.md. Подписи диаграмм мелкие (7–8 пт): чем короче, тем лучше.

## Месяцы на оси диаграммы. $month: номер месяца, 1–12. $year: четыре цифры.

chart-month-short = { $month ->
        [1] Янв
        [2] Фев
        [3] Мар
        [4] Апр
        [5] Май
        [6] Июн
        [7] Июл
        [8] Авг
        [9] Сен
        [10] Окт
        [11] Ноя
       *[12] Дек
    }
# $month: краткое название месяца из chart-month-short.
chart-month-year = { $month } { $year }

## Таблица статусов (резюме): ориентиры по строкам, раунды по столбцам.

chart-grid-heading = Статус по раундам
chart-grid-lead = В каждой клетке — статус ориентира на последний день раунда: его последняя оценка на этот день или раньше.
# Название области ещё раз вверху таблицы, продолжающей таблицу с предыдущей страницы.
chart-grid-continued = { $area } (продолжение)
chart-grid-earlier-rounds = { $count ->
        [one] { $count } более ранний раунд не показан.
        [few] { $count } более ранних раунда не показаны.
        [many] { $count } более ранних раундов не показаны.
       *[other] { $count } более ранних раундов не показаны.
    }
chart-grid-alt = Статус { $count ->
        [one] { $count } ориентира
       *[other] { $count } ориентиров
    } на раундах { $rounds }: { $rows }.
chart-grid-alt-row = { $benchmark }: { $statuses }

## Хронология инцидентов проблемной области: инциденты по месяцам.

chart-timeline-title = Инциденты по месяцам, { $from } – { $to }
chart-timeline-note = Каждый инцидент учтён в месяце самой ранней возможной даты.
chart-timeline-before = { $count ->
        [one] { $count } более ранний инцидент не показан.
        [few] { $count } более ранних инцидента не показаны.
        [many] { $count } более ранних инцидентов не показаны.
       *[other] { $count } более ранних инцидентов не показаны.
    }
chart-timeline-alt = Инциденты по месяцам с { $from } по { $to }: { $counts }.
chart-timeline-alt-month = { $month }: { $count }
# Название раунда — имя собственное: в кавычках, после родового слова.
chart-timeline-alt-round = Встреча «{ $round }» началась { $date }.

## Просьбы, поднятые на прошлых раундах (резюме).

chart-asks-title = Поднял ли ЕС наши просьбы?
chart-asks-raised = Поднята
chart-asks-partly = Частично
chart-asks-not-raised = Не поднята
chart-asks-unknown = Неизвестно
chart-asks-total = { $count ->
        [one] { $count } просьба
        [few] { $count } просьбы
        [many] { $count } просьб
       *[other] { $count } просьб
    }
chart-asks-alt = Поднял ли ЕС наши просьбы на прошлых раундах: { $rounds }.
chart-asks-alt-round = «{ $round }»: поднята — { $raised }, частично — { $partly }, не поднята — { $not_raised }, неизвестно — { $unknown }
