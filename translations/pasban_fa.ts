<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>cli</name>
    <message>
        <source>Cryptographic self-test passed (%1).</source>
        <translation>آزمون خودکار رمزنگاری با موفقیت انجام شد (%1).</translation>
    </message>
    <message>
        <source>Pasban %1</source>
        <translation>پاسبان %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>پوشهٔ داده‌ها: %1</translation>
    </message>
    <message>
        <source>Database schema version: %1</source>
        <translation>نسخهٔ ساختار پایگاه داده: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pasban cannot start</source>
        <translation>پاسبان نمی‌تواند آغاز به کار کند</translation>
    </message>
</context>
<context>
    <name>pasban::Error</name>
    <message>
        <source>No folder for Pasban's data could be found. Start Pasban with --data-dir FOLDER.</source>
        <translation>پوشه‌ای برای داده‌های پاسبان پیدا نشد. پاسبان را با ‪--data-dir‬ و نام یک پوشه اجرا کنید.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another with --data-dir.</source>
        <translation>پوشهٔ داده‌ها %1 یک پرونده است، نه پوشه. با ‪--data-dir‬ پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Check its permissions or choose another with --data-dir.</source>
        <translation>پوشهٔ داده‌ها %1 ساخته نمی‌شود. مجوزهای آن را بررسی کنید یا با ‪--data-dir‬ پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable. Check its permissions or choose another with --data-dir.</source>
        <translation>در پوشهٔ داده‌ها %1 نمی‌توان نوشت. مجوزهای آن را بررسی کنید یا با ‪--data-dir‬ پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written. Check that the data folder is writable.</source>
        <translation>پروندهٔ تنظیمات %1 نوشته نمی‌شود. بررسی کنید که در پوشهٔ داده‌ها بتوان نوشت.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged. Pasban uses its defaults; move the file aside to start afresh.</source>
        <translation>پروندهٔ تنظیمات %1 آسیب دیده است. پاسبان از تنظیمات پیش‌فرض استفاده می‌کند؛ برای شروع دوباره، پرونده را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program. Close other Pasban windows and try again.</source>
        <translation>پایگاه دادهٔ %1 در دست برنامهٔ دیگری است. پنجره‌های دیگر پاسبان را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was left untouched. Restore it from a backup or move it aside.</source>
        <translation>پایگاه دادهٔ %1 آسیب دیده است و دست‌نخورده ماند. آن را از نسخهٔ پشتیبان بازگردانید یا جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>The database %1 can only be read, so nothing was changed. Check that you may write to the file and its folder.</source>
        <translation>پایگاه دادهٔ %1 فقط خواندنی است، پس چیزی تغییر نکرد. بررسی کنید که اجازهٔ نوشتن در پرونده و پوشهٔ آن را دارید.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Check that the file and its folder exist and that you may read and write them.</source>
        <translation>پایگاه دادهٔ %1 باز نشد. بررسی کنید که پرونده و پوشهٔ آن وجود دارند و اجازهٔ خواندن و نوشتن آن‌ها را دارید.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written because of a disk problem. Make sure the disk has free space and is working, then try again.</source>
        <translation>به‌علت مشکل دیسک، پایگاه دادهٔ %1 خوانده یا نوشته نشد. مطمئن شوید دیسک جای خالی دارد و سالم است، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The change was refused because it conflicts with data already in the database %1. Nothing was saved.</source>
        <translation>این تغییر پذیرفته نشد، چون با داده‌های موجود در پایگاه دادهٔ %1 ناسازگار است. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Pasban could not complete an operation on the database %1. Try again; if it keeps happening, report the problem with its details.</source>
        <translation>پاسبان نتوانست کاری را روی پایگاه دادهٔ %1 به پایان برساند. دوباره تلاش کنید؛ اگر تکرار شد، مشکل را با جزئیاتش گزارش کنید.</translation>
    </message>
    <message>
        <source>Pasban made an internal mistake while using the database %1; nothing was changed. Report the problem with its details.</source>
        <translation>پاسبان هنگام کار با پایگاه دادهٔ %1 دچار خطای درونی شد؛ چیزی تغییر نکرد. مشکل را با جزئیاتش گزارش کنید.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: it was changed or the key is wrong.</source>
        <translation>داده رمزگشایی نشد: یا تغییر کرده است یا کلید نادرست است.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: it is incomplete or damaged.</source>
        <translation>داده رمزگشایی نشد: ناقص یا آسیب‌دیده است.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed unexpectedly. Please report this to your support team.</source>
        <translation>یک عملیات رمزنگاری به‌طور غیرمنتظره ناموفق بود. لطفاً این را به تیم پشتیبانی گزارش دهید.</translation>
    </message>
    <message>
        <source>A cryptographic operation was requested with settings Pasban does not accept.</source>
        <translation>یک عملیات رمزنگاری با تنظیماتی درخواست شد که پاسبان نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>The key has the wrong size or kind for this operation.</source>
        <translation>اندازه یا نوع کلید برای این عملیات نادرست است.</translation>
    </message>
    <message>
        <source>The key could not be read: the file is damaged, is not a key, or the passphrase is wrong.</source>
        <translation>کلید خوانده نشد: پرونده آسیب دیده است، کلید نیست، یا عبارت عبور نادرست است.</translation>
    </message>
    <message>
        <source>This kind of key is not supported. Use an Ed25519, ECDSA P-256 or RSA key of at least 2048 bits.</source>
        <translation>این نوع کلید پشتیبانی نمی‌شود. از کلید ‪Ed25519‬، ‪ECDSA P-256‬ یا ‪RSA‬ با دست‌کم ۲۰۴۸ بیت استفاده کنید.</translation>
    </message>
    <message>
        <source>The signature is not valid: the data was changed or was not signed with the expected key.</source>
        <translation>امضا معتبر نیست: داده تغییر کرده است یا با کلید مورد انتظار امضا نشده است.</translation>
    </message>
    <message>
        <source>The system could not provide secure random numbers. Pasban cannot protect data safely until this is fixed.</source>
        <translation>سیستم نتوانست اعداد تصادفی امن فراهم کند. تا این مشکل رفع نشود، پاسبان نمی‌تواند داده‌ها را به‌طور امن محافظت کند.</translation>
    </message>
    <message>
        <source>The cryptographic self-test failed (%1). Pasban cannot run safely on this system.</source>
        <translation>آزمون خودکار رمزنگاری ناموفق بود (%1). پاسبان نمی‌تواند روی این سیستم به‌طور امن کار کند.</translation>
    </message>
    <message>
        <source>The database %1 could not be set up for safe writing. Keep it on a local disk, not a network drive, and try again.</source>
        <translation>پایگاه دادهٔ %1 برای نوشتن امن آماده نشد. آن را روی دیسک محلی نگه دارید، نه درایو شبکه، و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Pasban's list of database upgrades is inconsistent, so the database %1 was left untouched. This is a defect in Pasban; report it with its details.</source>
        <translation>فهرست ارتقاهای پایگاه دادهٔ پاسبان ناسازگار است، پس پایگاه دادهٔ %1 دست‌نخورده ماند. این نقصی در پاسبان است؛ آن را با جزئیاتش گزارش کنید.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Pasban (schema %2; this version knows up to %3). It was left untouched; update Pasban.</source>
        <translation>پایگاه دادهٔ %1 با نسخهٔ جدیدتری از پاسبان نوشته شده است (ساختار %2؛ این نسخه تا %3 را می‌شناسد). دست‌نخورده ماند؛ پاسبان را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to schema version %2 (%3). Nothing was changed; it stays at the previous version. Report the problem with its details.</source>
        <translation>پایگاه دادهٔ %1 به نسخهٔ ساختار %2 ارتقا نیافت (%3). چیزی تغییر نکرد و در نسخهٔ پیشین ماند. مشکل را با جزئیاتش گزارش کنید.</translation>
    </message>
    <message>
        <source>The file %1 holds another program's database, not Pasban's. It was left untouched; choose a different file or folder.</source>
        <translation>پروندهٔ %1 پایگاه دادهٔ برنامهٔ دیگری است، نه پاسبان. دست‌نخورده ماند؛ پرونده یا پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The database %1 was opened read-only but needs an upgrade from schema %2 to %3. Nothing was changed; open it with write access to upgrade it.</source>
        <translation>پایگاه دادهٔ %1 فقط‌خواندنی باز شد، اما باید از ساختار %2 به %3 ارتقا یابد. چیزی تغییر نکرد؛ برای ارتقا، آن را با اجازهٔ نوشتن باز کنید.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::AboutDialog</name>
    <message>
        <source>About Pasban</source>
        <translation>دربارهٔ پاسبان</translation>
    </message>
    <message>
        <source>Pasban</source>
        <translation>پاسبان</translation>
    </message>
    <message>
        <source>Pasban keeps connected medical devices safe: it finds Bluetooth LE and USB devices, shows how well their patient data is protected, updates them only with signed firmware, and records every security-relevant action in an encrypted, tamper-evident audit log.</source>
        <translation>پاسبان دستگاه‌های پزشکی متصل را ایمن نگه می‌دارد: دستگاه‌های بلوتوث کم‌مصرف و USB را پیدا می‌کند، نشان می‌دهد داده‌های بیمار در آن‌ها تا چه اندازه محافظت می‌شود، آن‌ها را فقط با میان‌افزار امضاشده به‌روز می‌کند و هر کار مرتبط با امنیت را در گزارش ممیزی رمزگذاری‌شده و دستکاری‌آشکار ثبت می‌کند.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>نسخهٔ %1</translation>
    </message>
    <message>
        <source>Built with %1 and %2</source>
        <translation>ساخته‌شده با %1 و %2</translation>
    </message>
</context>
<context>
    <name>pasban::ui::MainWindow</name>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>جریان داده‌ها</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>وضعیت امنیتی</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>میان‌افزار</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ممیزی</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a page name; the shortcut is shown next to it in the menu</extracomment>
        <translation>رفتن به %1</translation>
    </message>
    <message>
        <source>Pasban — %1</source>
        <extracomment>Window title: product name — current page</extracomment>
        <translation>پاسبان — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>&amp;قاب جزئیات</translation>
    </message>
    <message>
        <source>Move focus to the next &amp;pane</source>
        <translation>رفتن به &amp;قاب بعدی</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Pasban</source>
        <translation>&amp;دربارهٔ پاسبان</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>دربارهٔ &amp;Qt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Select a device, finding or event to see its details here.</source>
        <translation>یک دستگاه، یافته یا رویداد را برگزینید تا جزئیاتش اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <source>Operator: not signed in</source>
        <translation>کاربر: وارد نشده</translation>
    </message>
    <message>
        <source>Bluetooth: not scanned</source>
        <translation>بلوتوث: پویش نشده</translation>
    </message>
    <message>
        <source>USB: not scanned</source>
        <translation>درگاه USB: پویش نشده</translation>
    </message>
    <message>
        <source>Forwarding: off</source>
        <translation>ارسال به مرکز: خاموش</translation>
    </message>
    <message>
        <source>Audit log: not recording yet</source>
        <translation>گزارش ممیزی: هنوز ثبت نمی‌کند</translation>
    </message>
</context>
<context>
    <name>pasban::ui::PlaceholderPage</name>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Here you will scan for Bluetooth LE and USB medical devices nearby, see what each one is and what it runs, and interrogate it to learn whether its patient data can be read without pairing.</source>
        <translation>در اینجا دستگاه‌های پزشکی بلوتوث کم‌مصرف و USB نزدیک را پویش می‌کنید، می‌بینید هر یک چیست و چه نرم‌افزاری دارد، و با بازجویی از آن درمی‌یابید که آیا داده‌های بیمار بدون جفت‌سازی خواندنی است یا نه.</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>جریان داده‌ها</translation>
    </message>
    <message>
        <source>Here you will see where each device's patient data goes and whether it is encrypted on the way: cleartext flows in a warning colour, verified encryption solid, unknown grey.</source>
        <translation>در اینجا می‌بینید داده‌های بیمار هر دستگاه به کجا می‌رود و آیا در مسیر رمزگذاری می‌شود: جریان‌های بی‌رمز با رنگ هشدار، رمزگذاری تأییدشده با خط پیوسته، و ناشناخته‌ها خاکستری.</translation>
    </message>
    <message>
        <source>Security posture</source>
        <translation>وضعیت امنیتی</translation>
    </message>
    <message>
        <source>Here you will see, for every device, what is wrong, how it was observed, why it matters and what to do about it, with a score for each device and for the fleet.</source>
        <translation>در اینجا برای هر دستگاه می‌بینید چه ایرادی دارد، چگونه مشاهده شد، چرا اهمیت دارد و چه باید کرد، همراه با امتیازی برای هر دستگاه و برای کل ناوگان.</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>میان‌افزار</translation>
    </message>
    <message>
        <source>Here you will import signed firmware packages, check their signatures, target model and version, and update devices over Bluetooth or USB with progress and resume.</source>
        <translation>در اینجا بسته‌های میان‌افزار امضاشده را وارد می‌کنید، امضا، مدل هدف و نسخهٔ آن‌ها را بررسی می‌کنید و دستگاه‌ها را از راه بلوتوث یا USB با نمایش پیشرفت و امکان ازسرگیری به‌روز می‌کنید.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <source>Here you will read the encrypted, tamper-evident record of every security-relevant action, verify its integrity and export it.</source>
        <translation>در اینجا سابقهٔ رمزگذاری‌شده و دستکاری‌آشکار هر کار مرتبط با امنیت را می‌خوانید، درستی آن را وارسی می‌کنید و از آن خروجی می‌گیرید.</translation>
    </message>
    <message>
        <source>This page is not built yet. Nothing is hidden from you here: the feature will appear in a later version of Pasban.</source>
        <translation>این صفحه هنوز ساخته نشده است. چیزی از شما پنهان نیست: این قابلیت در نسخه‌ای بعدی از پاسبان می‌آید.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>زبان و تاریخ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری خورشیدی (جلالی)</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>امروز:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>پوشهٔ داده‌ها:</translation>
    </message>
    <message>
        <source>The database, settings and files of this console are kept here. To use another folder, start Pasban with %1 and the folder's name, or set %2.</source>
        <extracomment>%1 is the command-line option --data-dir, %2 the environment variable PASBAN_DATA_DIR</extracomment>
        <translation>پایگاه داده، تنظیمات و پرونده‌های این کنسول اینجا نگهداری می‌شوند. برای استفاده از پوشه‌ای دیگر، پاسبان را با %1 و نام پوشه اجرا کنید، یا %2 را تنظیم کنید.</translation>
    </message>
</context>
</TS>
