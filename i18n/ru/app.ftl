# Ошибки самого приложения (окно показывает их в этой формулировке). См.
# docs/translating.md.

app-error-pack-not-deleted = пакеты хранятся как запись о том, что было передано
app-error-no-url = у этого источника нет веб-адреса
app-error-browser = не удалось открыть браузер: { $problem }
app-error-open-file = не удалось открыть файл: { $problem }
app-error-show-folder = не удалось показать папку: { $problem }
app-error-not-written-here = отсюда можно открыть только файлы, записанные Roundbook
app-error-file-gone = файла { $path } больше нет
app-error-nothing-to-import = { $what ->
        [spreadsheet] нет открытой для импорта таблицы; выберите файл снова
        [csl] нет открытого для импорта файла CSL JSON; выберите файл снова
        [sealed] нет открытого для импорта запечатанного файла обмена; выберите файл снова
       *[bundle] нет открытого для импорта файла обмена; выберите файл снова
    }
app-error-no-backup = резервной копии «{ $file }» нет
app-error-folder = { $folder }: { $problem }
app-error-not-open = библиотека не открыта
app-error-lock-unencrypted = заблокировать можно только зашифрованную библиотеку: зашифруйте её в разделе «Настройки → Безопасность»
app-error-preview-unreadable = не удалось прочитать PDF предпросмотра, чтобы нарисовать его страницы
app-error-preview-no-page = запрошена страница { $page }, но в предпросмотре { $pages } { $pages ->
        [one] страница
        [few] страницы
        [many] страниц
       *[other] страницы
    }
app-error-preview-width = запрошена страница шириной { $width } px; ширина должна быть от 1 до { $max } px
app-error-preview-page = не удалось нарисовать страницу { $page } предпросмотра
app-error-more-problems = { $problem } (и ещё { $more } { $more ->
        [one] проблема
        [few] проблемы
        [many] проблем
       *[other] проблемы
    })
