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
    <message numerus="yes">
        <source>%n device(s) found.</source>
        <translation>
            <numerusform>%n دستگاه پیدا شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the inventory.</source>
        <translation>
            <numerusform>%n دستگاه در فهرست اموال.</numerusform>
        </translation>
    </message>
    <message>
        <source>(encrypted fields cannot be read)</source>
        <translation>(فیلدهای رمزگذاری‌شده خواندنی نیستند)</translation>
    </message>
    <message>
        <source>Created the audit log.</source>
        <translation>گزارش ممیزی ساخته شد.</translation>
    </message>
    <message>
        <source>Recorded audit event %1.</source>
        <translation>رویداد ممیزی %1 ثبت شد.</translation>
    </message>
    <message>
        <source>Sent %1 of %2 bytes (%3%)</source>
        <translation>%1 از %2 بایت ارسال شد (%3%)</translation>
    </message>
    <message>
        <source>%1 kB/s, %2 s left</source>
        <translation>%1 کیلوبایت بر ثانیه، %2 ثانیه مانده</translation>
    </message>
    <message>
        <source>Connecting to the device…</source>
        <translation>در حال اتصال به دستگاه…</translation>
    </message>
    <message>
        <source>Reading the device&apos;s images and bootloader…</source>
        <translation>در حال خواندن تصاویر و بوت‌لودر دستگاه…</translation>
    </message>
    <message>
        <source>Sending the firmware…</source>
        <translation>در حال ارسال میان‌افزار…</translation>
    </message>
    <message>
        <source>Marking the new image for the next start…</source>
        <translation>در حال علامت‌گذاری تصویر جدید برای راه‌اندازی بعدی…</translation>
    </message>
    <message>
        <source>Restarting the device…</source>
        <translation>در حال راه‌اندازی مجدد دستگاه…</translation>
    </message>
    <message>
        <source>Confirming the new image…</source>
        <translation>در حال تأیید تصویر جدید…</translation>
    </message>
    <message>
        <source>Image %1 verified (version %2).</source>
        <translation>تصویر %1 تأیید اعتبار شد (نسخهٔ %2).</translation>
    </message>
    <message>
        <source>Warning: no --passphrase-file given; this update is not recorded in the audit log.</source>
        <translation>هشدار: گزینهٔ ‪--passphrase-file‬ داده نشده است؛ این به‌روزرسانی در گزارش ممیزی ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>The device already runs version %1; nothing was sent.</source>
        <translation>دستگاه هم‌اکنون نسخهٔ %1 را اجرا می‌کند؛ چیزی ارسال نشد.</translation>
    </message>
    <message>
        <source>The device now runs version %1, confirmed.</source>
        <translation>دستگاه اکنون نسخهٔ %1 را اجرا می‌کند و این نسخه تأیید شده است.</translation>
    </message>
    <message>
        <source>The device now runs version %1 under test; it returns to the previous firmware at its next restart unless confirmed.</source>
        <translation>دستگاه اکنون نسخهٔ %1 را به‌صورت آزمایشی اجرا می‌کند؛ اگر تأیید نشود، در راه‌اندازی مجدد بعدی به میان‌افزار قبلی بازمی‌گردد.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation>
            <numerusform>%n رویداد ممیزی در %1 خروجی گرفته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n audit events (through event %1).</source>
        <translation>
            <numerusform>%n رویداد ممیزی تحویل شد (تا رویداد %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n audit events before the failure.</source>
        <translation>
            <numerusform>پیش از خطا %n رویداد ممیزی تحویل شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n audit events to %1; the receiver has every event through %2.</source>
        <translation>
            <numerusform>%n رویداد ممیزی به %1 تحویل شد؛ گیرنده همهٔ رویدادها را تا رویداد %2 در اختیار دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>نسخه: %1</translation>
    </message>
    <message>
        <source>Header: %1 bytes, image %2 bytes, protected TLVs %3 bytes, load address 0x%4</source>
        <translation>سرآیند: %1 بایت، تصویر %2 بایت، ‪TLV‬‌های محافظت‌شده %3 بایت، نشانی بارگذاری {L(&apos;0x%4&apos;)}</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>پرچم‌ها: %1</translation>
    </message>
    <message>
        <source>Security counter: %1</source>
        <translation>شمارندهٔ امنیتی: %1</translation>
    </message>
    <message>
        <source>Image hash (TLV): %1 (%2)</source>
        <translation>چکیدهٔ تصویر (‪TLV‬): %1 (%2)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>مطابق است</translation>
    </message>
    <message>
        <source>does NOT match</source>
        <translation>مطابق نیست</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>‪SHA-256‬ پرونده: %1</translation>
    </message>
    <message>
        <source>Key hash: %1</source>
        <translation>چکیدهٔ کلید: %1</translation>
    </message>
    <message>
        <source>WARNING: signed with MCUboot&apos;s public development key %1</source>
        <translation>هشدار: با کلید توسعهٔ عمومی ‪MCUboot‬ امضا شده است: %1</translation>
    </message>
    <message>
        <source>Valid: the image&apos;s hash and signature verify with this key (version %1).</source>
        <translation>معتبر: چکیده و امضای تصویر با این کلید تأیید می‌شوند (نسخهٔ %1).</translation>
    </message>
    <message>
        <source>Package written: %1 (unsigned)</source>
        <translation>بسته نوشته شد: %1 (امضانشده)</translation>
    </message>
    <message>
        <source>Signed by %1: %2</source>
        <translation>امضا شده توسط %1: %2</translation>
    </message>
    <message>
        <source>Package %1 from %2, version %3 (sequence %4)</source>
        <translation>بستهٔ %1 از %2، نسخهٔ %3 (ترتیب %4)</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>معتبر از %1 تا %2</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>مقصد: %1 %2</translation>
    </message>
    <message>
        <source>Image %1: version %2, %3 bytes, security counter %4</source>
        <translation>تصویر %1: نسخهٔ %2، %3 بایت، شمارندهٔ امنیتی %4</translation>
    </message>
    <message>
        <source>Signed by (not yet verified): %1</source>
        <translation>امضاکننده (هنوز راستی‌آزمایی نشده): %1</translation>
    </message>
    <message>
        <source>Approved by (not yet verified): %1</source>
        <translation>تأییدکننده (هنوز راستی‌آزمایی نشده): %1</translation>
    </message>
    <message>
        <source>Fixes: %1</source>
        <translation>رفع می‌کند: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>نامربوط</translation>
    </message>
    <message>
        <source>The package is valid for this device.</source>
        <translation>بسته برای این دستگاه معتبر است.</translation>
    </message>
    <message>
        <source>The package is refused.</source>
        <translation>بسته پذیرفته نشد.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>دارنده: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>اثر انگشت ‪SHA-256‬: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the issuer gave you. Type &quot;yes&quot; to trust this certificate:</source>
        <translation>اثر انگشت را با آنچه صادرکننده به شما داده است مقایسه کنید. برای اعتماد به این گواهی ‪yes‬ را تایپ کنید:</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>revoked  %1  %2</source>
        <translation>باطل‌شده  %1  %2</translation>
    </message>
    <message>
        <source>CRL  %1  (%2 revoked)</source>
        <translation>‪CRL‬  %1  (%2 باطل‌شده)</translation>
    </message>
    <message>
        <source>Trusted as %1 root: %2</source>
        <translation>به‌عنوان ریشهٔ %1 مورد اعتماد است: %2</translation>
    </message>
    <message>
        <source>Revocation list imported from %1 (%2 revoked).</source>
        <translation>فهرست ابطال از %1 وارد شد (%2 باطل‌شده).</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>باطل شد: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s keys are now also wrapped to recovery key %1.</source>
        <translation>کلیدهای گزارش ممیزی اکنون با کلید بازیابی %1 نیز بسته‌بندی شده‌اند.</translation>
    </message>
    <message>
        <source>(not seen yet)</source>
        <translation>(هنوز دیده نشده)</translation>
    </message>
    <message>
        <source>MISMATCH: declared and observed values differ</source>
        <translation>ناهمخوانی: مقادیر اعلام‌شده و مشاهده‌شده متفاوت‌اند</translation>
    </message>
    <message>
        <source>add     %1</source>
        <translation>افزودن     %1</translation>
    </message>
    <message>
        <source>update  %1  %2</source>
        <translation>به‌روزرسانی  %1  %2</translation>
    </message>
    <message>
        <source>reject  %1: %2</source>
        <translation>رد  %1: %2</translation>
    </message>
    <message>
        <source>Ignored columns (not inventory fields): %1</source>
        <translation>ستون‌های نادیده‌گرفته‌شده (فیلد سیاههٔ تجهیزات نیستند): %1</translation>
    </message>
    <message>
        <source>%1 row(s): %2 to add, %3 to update, %4 unchanged, %5 rejected.</source>
        <extracomment>Import summary: rows in the file, then what happens to them</extracomment>
        <translation>%1 ردیف: %2 برای افزودن، %3 برای به‌روزرسانی، %4 بدون تغییر، %5 ردشده.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rejected rows and try again.</source>
        <translation>هیچ چیز وارد نشد: ردیف‌های ردشده را اصلاح کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>اجرای آزمایشی: هیچ چیز نوشته نشد.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>وارد شد.</translation>
    </message>
    <message>
        <source>Warning: there is no audit log yet; this change is not recorded. Give --passphrase-file FILE to create the log and record it.</source>
        <translation>هشدار: هنوز گزارش ممیزی وجود ندارد؛ این تغییر ثبت نمی‌شود. برای ساختن گزارش و ثبت تغییر، ‪--passphrase-file FILE‬ را بدهید.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) written to %1.</source>
        <translation>
            <numerusform>%n دستگاه در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 افزوده شد.</translation>
    </message>
    <message>
        <source>Added %1; it is the device %2 already seen.</source>
        <translation>%1 افزوده شد؛ این همان دستگاه %2 است که پیش‌تر دیده شده است.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 حذف شد.</translation>
    </message>
    <message>
        <source>Device %1:</source>
        <translation>دستگاه %1:</translation>
    </message>
    <message>
        <source>Warning: no --device-id given; anti-rollback can only compare with what the device reports, not with the console&apos;s record.</source>
        <translation>هشدار: ‪--device-id‬ داده نشده است؛ جلوگیری از بازگشت نسخه فقط با آنچه دستگاه گزارش می‌کند مقایسه می‌شود، نه با سابقه‌ای که کنسول نگه می‌دارد.</translation>
    </message>
    <message>
        <source>%1 updated, %2 failed, %3 refused, %4 cancelled.</source>
        <translation>%1 به‌روز شد، %2 ناموفق، %3 ردشده، %4 لغوشده.</translation>
    </message>
    <message>
        <source>Imported UNVERIFIED image %1 (version %2); the override is recorded in the audit log.</source>
        <translation>تصویر تأییدنشدهٔ %1 (نسخهٔ %2) وارد شد؛ این استثنا در گزارش ممیزی ثبت شد.</translation>
    </message>
    <message>
        <source>Imported %1 from %2, version %3 (sequence %4), %5</source>
        <translation>%1 از %2، نسخهٔ %3 (شمارهٔ ترتیب %4)، %5 وارد شد</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>تأییدشده به‌دست %1</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>تأییدنشده برای انتشار</translation>
    </message>
    <message>
        <source>The firmware library is empty.</source>
        <translation>کتابخانهٔ میان‌افزار خالی است.</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>وارسی‌شده</translation>
    </message>
    <message>
        <source>Removed from the firmware library: %1</source>
        <translation>از کتابخانهٔ میان‌افزار حذف شد: %1</translation>
    </message>
    <message>
        <source>Created the first clinical engineer, %1. From now on commands need --operator and --password-file.</source>
        <translation>نخستین مهندس بالینی، %1، ساخته شد. از این پس فرمان‌ها به ‪--operator‬ و ‪--password-file‬ نیاز دارند.</translation>
    </message>
    <message>
        <source>No operators: the console runs without accounts.</source>
        <translation>هیچ کاربری تعریف نشده است: کنسول بدون حساب کاربری کار می‌کند.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(غیرفعال)</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(قفل‌شده)</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) افزوده شد.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 فعال شد.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 غیرفعال شد.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>گذرواژهٔ %1 تغییر کرد.</translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies) imported.</source>
        <translation>
            <numerusform>%n توصیه‌نامهٔ امنیتی وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the newer stored copy of: %1</source>
        <translation>نسخهٔ جدیدتر ذخیره‌شده نگه داشته شد برای: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) affected</source>
        <translation>
            <numerusform>%n دستگاه آسیب‌پذیر</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of %1 accepted until %2.</source>
        <translation>ریسک %1 تا %2 پذیرفته شد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): score %3, %n open finding(s)</source>
        <translation>
            <numerusform>%1 (%2): امتیاز %3، %n یافتهٔ باز</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet score: %1 of 100.</source>
        <translation>امتیاز کل: %1 از ۱۰۰.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n device(s)).</source>
        <translation>
            <numerusform>گزارش در %1 نوشته شد (%n دستگاه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n USB device(s) found.</source>
        <translation>
            <numerusform>%n دستگاه USB پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bluetooth adapter: listing USB devices only.</source>
        <translation>آداپتور بلوتوث پیدا نشد: فقط دستگاه‌های USB فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>Imported UNVERIFIED image %1 (version %2) from the Nordic DFU package; the override is recorded in the audit log.</source>
        <translation>تصویر تأییدنشدهٔ %1 (نسخهٔ %2) از بستهٔ DFU نوردیک وارد شد؛ این استثنا در گزارش ممیزی ثبت شد.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>SMP device on %1</source>
        <translation>دستگاه SMP روی %1</translation>
    </message>
    <message>
        <source>  Echo: %1</source>
        <translation>  پژواک (echo): %1</translation>
    </message>
    <message>
        <source>  OS and application: %1</source>
        <translation>  سیستم‌عامل و برنامه: %1</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>  Management buffers: %1 of %2 bytes</source>
        <translation>  بافرهای مدیریت: %1 عدد، هر یک %2 بایت</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>refuses downgrades</source>
        <translation>نسخه قدیمی‌تر را نمی‌پذیرد</translation>
    </message>
    <message>
        <source>  Bootloader: %1</source>
        <translation>  بوت‌لودر: %1</translation>
    </message>
    <message>
        <source>  Images: %1</source>
        <translation>  ایمیج‌ها: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>قابل راه‌اندازی</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <source>  Image %1 slot %2: %3 [%4] hash %5</source>
        <translation>  ایمیج %1، جایگاه %2: %3 [%4] هش %5</translation>
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
        <source>No folder for Pasban&apos;s data could be found. Start Pasban with --data-dir FOLDER.</source>
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
        <source>Pasban&apos;s list of database upgrades is inconsistent, so the database %1 was left untouched. This is a defect in Pasban; report it with its details.</source>
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
        <source>The file %1 holds another program&apos;s database, not Pasban&apos;s. It was left untouched; choose a different file or folder.</source>
        <translation>پروندهٔ %1 پایگاه دادهٔ برنامهٔ دیگری است، نه پاسبان. دست‌نخورده ماند؛ پرونده یا پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The database %1 was opened read-only but needs an upgrade from schema %2 to %3. Nothing was changed; open it with write access to upgrade it.</source>
        <translation>پایگاه دادهٔ %1 فقط‌خواندنی باز شد، اما باید از ساختار %2 به %3 ارتقا یابد. چیزی تغییر نکرد؛ برای ارتقا، آن را با اجازهٔ نوشتن باز کنید.</translation>
    </message>
    <message>
        <source>The audit log in the console database is damaged or was changed outside Pasban, so it cannot be used. Keep the data folder unchanged for investigation and tell your security officer.</source>
        <translation>گزارش ممیزی در پایگاه دادهٔ کنسول آسیب دیده یا بیرون از پاسبان تغییر کرده است، پس به کار نمی‌آید. پوشهٔ داده‌ها را برای بررسی دست‌نخورده نگه دارید و به مسئول امنیت خبر دهید.</translation>
    </message>
    <message>
        <source>This data folder has no audit log yet. It is created when the first event is recorded.</source>
        <translation>این پوشهٔ داده‌ها هنوز گزارش ممیزی ندارد. با ثبت نخستین رویداد ساخته می‌شود.</translation>
    </message>
    <message>
        <source>The audit log is missing from the console database, although a checkpoint kept outside it records %1 events: the log was deleted or the database replaced. Keep the data folder unchanged for investigation and tell your security officer.</source>
        <translation>گزارش ممیزی در پایگاه دادهٔ کنسول نیست، در حالی که نقطهٔ بازبینی نگه‌داشته‌شده بیرون از آن %1 رویداد را ثبت کرده است: گزارش پاک شده یا پایگاه داده جایگزین شده است. پوشهٔ داده‌ها را برای بررسی دست‌نخورده نگه دارید و به مسئول امنیت خبر دهید.</translation>
    </message>
    <message>
        <source>The audit log was written by a newer version of Pasban. Use that version to open it.</source>
        <translation>گزارش ممیزی با نسخهٔ جدیدتری از پاسبان نوشته شده است. برای باز کردن آن از همان نسخه استفاده کنید.</translation>
    </message>
    <message>
        <source>The audit event could not be recorded because it is incomplete or not valid: %1.</source>
        <translation>رویداد ممیزی ثبت نشد، چون ناقص یا نامعتبر است: %1.</translation>
    </message>
    <message>
        <source>The audit event is too large to record: names and details together may take at most %1 KiB. Shorten the details.</source>
        <translation>رویداد ممیزی برای ثبت بیش از اندازه بزرگ است: نام‌ها و جزئیات روی هم حداکثر %1 کیلوبایت می‌توانند باشند. جزئیات را کوتاه کنید.</translation>
    </message>
    <message>
        <source>The audit log does not reach the checkpoint kept outside the database: events were removed or an older copy of the database was put back. No events are added to it. Keep the data folder unchanged, verify the log and tell your security officer.</source>
        <translation>گزارش ممیزی به نقطهٔ بازبینی نگه‌داشته‌شده بیرون از پایگاه داده نمی‌رسد: رویدادهایی پاک شده یا رونوشت قدیمی‌تری از پایگاه داده جایگزین شده است. رویدادی به آن افزوده نمی‌شود. پوشهٔ داده‌ها را دست‌نخورده نگه دارید، گزارش را وارسی کنید و به مسئول امنیت خبر دهید.</translation>
    </message>
    <message>
        <source>Key %1 of the audit log cannot be unlocked: its record in the database was changed. Events sealed with it cannot be read or added.</source>
        <translation>کلید %1 گزارش ممیزی باز نمی‌شود: رکورد آن در پایگاه داده تغییر کرده است. رویدادهای مهرشده با آن خواندنی یا افزودنی نیستند.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key is protected by the &quot;%1&quot; method, but &quot;%2&quot; was offered. Unlock it the way it was set up.</source>
        <translation>کلید گزارش ممیزی با روش «%1» محافظت می‌شود، اما «%2» ارائه شد. آن را به همان روشی باز کنید که راه‌اندازی شده است.</translation>
    </message>
    <message>
        <source>The audit log was already closed. This is a defect in Pasban; report it.</source>
        <translation>گزارش ممیزی پیش‌تر بسته شده بود. این نقصی در پاسبان است؛ گزارش دهید.</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint kept outside the database is not readable: it was damaged or replaced. Keep the data folder unchanged and tell your security officer.</source>
        <translation>نقطهٔ بازبینی گزارش ممیزی که بیرون از پایگاه داده نگه داشته می‌شود خواندنی نیست: آسیب دیده یا جایگزین شده است. پوشهٔ داده‌ها را دست‌نخورده نگه دارید و به مسئول امنیت خبر دهید.</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint file %1 cannot be read. Check that the data folder is readable.</source>
        <translation>پروندهٔ نقطهٔ بازبینی گزارش ممیزی %1 خوانده نمی‌شود. بررسی کنید پوشهٔ داده‌ها خواندنی باشد.</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint file %1 cannot be written. Check that the data folder is writable and the disk is not full.</source>
        <translation>پروندهٔ نقطهٔ بازبینی گزارش ممیزی %1 نوشته نمی‌شود. بررسی کنید پوشهٔ داده‌ها نوشتنی و دیسک پر نباشد.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect the audit log. Choose a passphrase.</source>
        <translation>عبارت عبور خالی نمی‌تواند از گزارش ممیزی محافظت کند. یک عبارت عبور برگزینید.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the audit log. Check it and try again; nothing was changed.</source>
        <translation>این عبارت عبور گزارش ممیزی را باز نمی‌کند. آن را بررسی کنید و دوباره تلاش کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The device %1 is not in the inventory. Scan again or import it.</source>
        <translation>دستگاه %1 در فهرست اموال نیست. دوباره پویش کنید یا آن را وارد کنید.</translation>
    </message>
    <message>
        <source>A device sent advertising data that does not follow the Bluetooth specification. It was ignored; if this keeps happening, note the device for inspection.</source>
        <translation>دستگاهی داده‌های تبلیغی فرستاد که با مشخصات بلوتوث سازگار نیست. نادیده گرفته شد؛ اگر تکرار شد، دستگاه را برای بازرسی یادداشت کنید.</translation>
    </message>
    <message>
        <source>The simulated device description could not be read. Reinstall Pasban or fix the scenario file named in the details.</source>
        <translation>شرح دستگاه‌های شبیه‌سازی‌شده خوانده نشد. پاسبان را دوباره نصب کنید یا پروندهٔ سناریوی نام‌برده در جزئیات را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Could not connect to the device. Check that it is switched on, nearby and not busy with another phone or console, scan again and retry.</source>
        <translation>اتصال به دستگاه برقرار نشد. بررسی کنید روشن، نزدیک و درگیر گوشی یا کنسول دیگری نباشد، دوباره پویش و تلاش کنید.</translation>
    </message>
    <message>
        <source>The device did not answer in time. Move closer to it, check that it is switched on, and try again.</source>
        <translation>دستگاه به‌موقع پاسخ نداد. نزدیک‌تر بروید، بررسی کنید روشن باشد و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The details of one service could not be read; it is listed without its characteristics.</source>
        <translation>جزئیات یکی از سرویس‌ها خوانده نشد؛ بدون مشخصه‌هایش فهرست شده است.</translation>
    </message>
    <message>
        <source>The interrogation was cancelled.</source>
        <translation>بازجویی لغو شد.</translation>
    </message>
    <message>
        <source>The device offered no services to read. It may require pairing first, or it is not a GATT device.</source>
        <translation>دستگاه هیچ سرویسی برای خواندن ارائه نکرد. شاید نخست به جفت‌سازی نیاز دارد یا دستگاه ‪GATT‬ نیست.</translation>
    </message>
    <message>
        <source>The firmware update (SMP) characteristic cannot send answers, so whether it is open was not tested.</source>
        <translation>مشخصهٔ به‌روزرسانی میان‌افزار (‪SMP‬) نمی‌تواند پاسخ بفرستد، پس باز بودن آن آزموده نشد.</translation>
    </message>
    <message>
        <source>Part of the device information could not be read.</source>
        <translation>بخشی از اطلاعات دستگاه خوانده نشد.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found. Plug in a Bluetooth adapter or start the Bluetooth service, then scan again.</source>
        <translation>هیچ آداپتور بلوتوثی پیدا نشد. یک آداپتور بلوتوث وصل کنید یا سرویس بلوتوث را راه‌اندازی کنید، سپس دوباره پویش کنید.</translation>
    </message>
    <message>
        <source>The device is not known to this computer&apos;s Bluetooth service. Scan again so it is seen, then retry.</source>
        <translation>سرویس بلوتوث این رایانه این دستگاه را نمی‌شناسد. دوباره پویش کنید تا دیده شود، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The connection to the device was lost before the interrogation was complete; what was read is kept.</source>
        <translation>اتصال به دستگاه پیش از پایان بازجویی قطع شد؛ آنچه خوانده شده بود نگه داشته شد.</translation>
    </message>
    <message>
        <source>Another device is being interrogated. Wait until it is finished or cancel it, then try again.</source>
        <translation>دستگاه دیگری در حال بازجویی است. صبر کنید تا تمام شود یا آن را لغو کنید، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Bluetooth is switched off. Switch it on in the system settings, then scan again.</source>
        <translation>بلوتوث خاموش است. آن را در تنظیمات سیستم روشن کنید، سپس دوباره پویش کنید.</translation>
    </message>
    <message>
        <source>Pasban is not allowed to use Bluetooth. Allow it in the system&apos;s privacy settings, then scan again.</source>
        <translation>پاسبان اجازهٔ استفاده از بلوتوث را ندارد. در تنظیمات حریم خصوصی سیستم اجازه دهید، سپس دوباره پویش کنید.</translation>
    </message>
    <message>
        <source>The Bluetooth scan stopped because of an error. Scan again; if it keeps failing, restart the Bluetooth service or the computer.</source>
        <translation>پویش بلوتوث به‌علت خطا متوقف شد. دوباره پویش کنید؛ اگر باز هم ناموفق بود، سرویس بلوتوث یا رایانه را دوباره راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The device&apos;s declaration of its required Bluetooth security could not be read: it does not follow the specification. Treat the device&apos;s security as unknown.</source>
        <translation>اعلام دستگاه دربارهٔ امنیت بلوتوث موردنیازش خوانده نشد، چون با مشخصات سازگار نیست. امنیت دستگاه را نامعلوم بدانید.</translation>
    </message>
    <message>
        <source>This file is not an MCUboot firmware image. Check that you chose the right file.</source>
        <translation>این پرونده تصویر میان‌افزار ‪MCUboot‬ نیست. بررسی کنید پروندهٔ درست را برگزیده باشید.</translation>
    </message>
    <message>
        <source>The firmware file is incomplete: it ends before the image does. Copy or download it again.</source>
        <translation>پروندهٔ میان‌افزار ناقص است: پیش از پایان تصویر تمام می‌شود. آن را دوباره رونوشت یا بارگیری کنید.</translation>
    </message>
    <message>
        <source>The firmware image is damaged or not built correctly, so it cannot be checked. Do not install it; get the firmware again from the manufacturer.</source>
        <translation>تصویر میان‌افزار آسیب دیده یا درست ساخته نشده است، پس بررسی‌شدنی نیست. آن را نصب نکنید؛ میان‌افزار را دوباره از سازنده بگیرید.</translation>
    </message>
    <message>
        <source>Pasban could not compute the firmware image&apos;s checksum. Restart Pasban; if this keeps happening, report it.</source>
        <translation>پاسبان نتوانست چکیدهٔ تصویر میان‌افزار را محاسبه کند. پاسبان را دوباره اجرا کنید؛ اگر تکرار شد، گزارش دهید.</translation>
    </message>
    <message>
        <source>The firmware image is damaged or has been altered: its checksum does not match. Do not install it; get the firmware again from the manufacturer.</source>
        <translation>تصویر میان‌افزار آسیب دیده یا دستکاری شده است: چکیده‌اش نمی‌خواند. آن را نصب نکنید؛ میان‌افزار را دوباره از سازنده بگیرید.</translation>
    </message>
    <message>
        <source>The firmware image carries no signature of the kind the trusted key makes. Do not install it.</source>
        <translation>تصویر میان‌افزار امضایی از نوعی که کلید مورد اعتماد می‌سازد ندارد. آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>The firmware image&apos;s signature does not match the trusted key: it was signed by someone else or altered after signing. Do not install it.</source>
        <translation>امضای تصویر میان‌افزار با کلید مورد اعتماد نمی‌خواند: یا کس دیگری امضا کرده یا پس از امضا تغییر کرده است. آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>The device sent an incomplete measurement, so it was not used. Take the measurement again; if this keeps happening, move closer to the device or check its battery.</source>
        <translation>دستگاه اندازه‌گیری ناقصی فرستاد، پس استفاده نشد. دوباره اندازه بگیرید؛ اگر تکرار شد، نزدیک‌تر بروید یا باتری دستگاه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The device sent a measurement that does not follow the Bluetooth health format, so it was not used. Take the measurement again; if this keeps happening, have the device checked.</source>
        <translation>دستگاه اندازه‌گیری‌ای فرستاد که با قالب سلامت بلوتوث سازگار نیست، پس استفاده نشد. دوباره اندازه بگیرید؛ اگر تکرار شد، دستگاه را بررسی کنید.</translation>
    </message>
    <message>
        <source>A measurement from the device failed its integrity check and was not used. Take the measurement again; if this keeps happening, check the connection and the device.</source>
        <translation>یک اندازه‌گیری از دستگاه در بررسی درستی رد شد و استفاده نشد. دوباره اندازه بگیرید؛ اگر تکرار شد، اتصال و دستگاه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The device sent a measurement in a form this version of Pasban cannot read, so it was not shown. Check for a newer Pasban or the device&apos;s documentation.</source>
        <translation>دستگاه اندازه‌گیری را در قالبی فرستاد که این نسخهٔ پاسبان نمی‌خواند، پس نمایش داده نشد. نسخهٔ جدیدتر پاسبان یا مستندات دستگاه را بررسی کنید.</translation>
    </message>
    <message>
        <source>This value cannot be shown in the requested unit.</source>
        <translation>این مقدار را نمی‌توان با یکای درخواستی نشان داد.</translation>
    </message>
    <message>
        <source>A device without an identity cannot be stored.</source>
        <translation>دستگاه بدون شناسه را نمی‌توان ذخیره کرد.</translation>
    </message>
    <message>
        <source>Another interrogation is still running. Wait for it or cancel it.</source>
        <translation>بازجویی دیگری هنوز در جریان است. صبر کنید یا آن را لغو کنید.</translation>
    </message>
    <message>
        <source>Pasban could not connect to %1. Move closer to the device, check that it is switched on and not connected to another phone or console, and try again.</source>
        <translation>پاسبان نتوانست به %1 وصل شود. نزدیک‌تر بروید، بررسی کنید دستگاه روشن و به گوشی یا کنسول دیگری وصل نباشد، و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The interrogation was cancelled. Nothing was changed.</source>
        <translation>بازجویی لغو شد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The device sent a management message whose contents Pasban cannot read. Try again; if it keeps happening, the device firmware may be faulty.</source>
        <translation>دستگاه پیام مدیریتی‌ای فرستاد که پاسبان محتوای آن را نمی‌خواند. دوباره تلاش کنید؛ اگر تکرار شد، شاید میان‌افزار دستگاه معیوب باشد.</translation>
    </message>
    <message>
        <source>The device answered in a form Pasban does not understand. Check that the device firmware supports this operation; if it should, report the problem.</source>
        <translation>دستگاه در قالبی پاسخ داد که پاسبان نمی‌فهمد. بررسی کنید میان‌افزار دستگاه از این عملیات پشتیبانی کند؛ اگر باید بکند، مشکل را گزارش دهید.</translation>
    </message>
    <message>
        <source>The device reported an unexpected error. Try again; if it keeps happening, restart the device.</source>
        <translation>دستگاه خطای غیرمنتظره‌ای گزارش کرد. دوباره تلاش کنید؛ اگر تکرار شد، دستگاه را دوباره راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The device ran out of memory. Restart it and try again.</source>
        <translation>حافظهٔ دستگاه تمام شد. آن را دوباره راه‌اندازی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The device rejected the request as invalid. Check that the firmware or setting is meant for this device model.</source>
        <translation>دستگاه درخواست را نامعتبر دانست و رد کرد. بررسی کنید میان‌افزار یا تنظیم برای این مدل دستگاه باشد.</translation>
    </message>
    <message>
        <source>The device ran out of time carrying out the request. Try again.</source>
        <translation>زمان دستگاه برای انجام درخواست تمام شد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The device does not have what was asked for (for example, no image in that slot).</source>
        <translation>دستگاه آنچه خواسته شد را ندارد (برای نمونه، تصویری در آن جایگاه نیست).</translation>
    </message>
    <message>
        <source>The device cannot do this in its current state (for example, another update is waiting). Finish or cancel that first, then try again.</source>
        <translation>دستگاه در وضعیت کنونی نمی‌تواند این کار را بکند (برای نمونه، به‌روزرسانی دیگری در انتظار است). نخست آن را تمام یا لغو کنید، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>A message was too large for the device. Try again; if it keeps happening, report the problem.</source>
        <translation>پیامی برای دستگاه بیش از اندازه بزرگ بود. دوباره تلاش کنید؛ اگر تکرار شد، مشکل را گزارش دهید.</translation>
    </message>
    <message>
        <source>The device does not support this operation.</source>
        <translation>دستگاه از این عملیات پشتیبانی نمی‌کند.</translation>
    </message>
    <message>
        <source>The device found its stored data damaged. Take it out of service and contact the manufacturer&apos;s service.</source>
        <translation>دستگاه داده‌های ذخیره‌شده‌اش را آسیب‌دیده یافت. آن را از خدمت خارج کنید و با خدمات سازنده تماس بگیرید.</translation>
    </message>
    <message>
        <source>The device is busy. Wait a moment and try again.</source>
        <translation>دستگاه مشغول است. کمی صبر کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The device refused access. Check that the device is unlocked for maintenance and that you may manage it.</source>
        <translation>دستگاه دسترسی را رد کرد. بررسی کنید دستگاه برای نگهداری باز شده باشد و اجازهٔ مدیریت آن را داشته باشید.</translation>
    </message>
    <message>
        <source>The device does not accept the protocol version Pasban used (too old for the device).</source>
        <translation>دستگاه نسخهٔ پروتکلی را که پاسبان به کار برد نمی‌پذیرد (برای دستگاه بیش از حد قدیمی است).</translation>
    </message>
    <message>
        <source>The device does not accept the protocol version Pasban used (too new for the device).</source>
        <translation>دستگاه نسخهٔ پروتکلی را که پاسبان به کار برد نمی‌پذیرد (برای دستگاه بیش از حد جدید است).</translation>
    </message>
    <message>
        <source>The device already runs a newer firmware version than this image, and it refuses downgrades.</source>
        <translation>دستگاه هم‌اکنون نسخهٔ جدیدتری از میان‌افزار این تصویر را اجرا می‌کند و بازگشت به نسخهٔ قدیمی‌تر را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>The device already has an update waiting to be installed. Restart the device to finish that update before sending another.</source>
        <translation>دستگاه هم‌اکنون به‌روزرسانی‌ای در انتظار نصب دارد. پیش از فرستادن به‌روزرسانی دیگر، دستگاه را دوباره راه‌اندازی کنید تا آن به پایان برسد.</translation>
    </message>
    <message>
        <source>The firmware image is too large for the device&apos;s update slot. Check that it is meant for this device model.</source>
        <translation>تصویر میان‌افزار برای جایگاه به‌روزرسانی دستگاه بیش از اندازه بزرگ است. بررسی کنید برای این مدل دستگاه باشد.</translation>
    </message>
    <message>
        <source>The device refused to confirm the new firmware. It will return to the previous firmware at its next restart.</source>
        <translation>دستگاه تأیید میان‌افزار جدید را نپذیرفت. در راه‌اندازی بعدی به میان‌افزار پیشین بازمی‌گردد.</translation>
    </message>
    <message>
        <source>The device reported error %2 in management group %1. Look the code up in the device&apos;s documentation.</source>
        <translation>دستگاه خطای %2 را در گروه مدیریتی %1 گزارش کرد. این کد را در مستندات دستگاه جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>The device sent a management message Pasban cannot read. Try again; if it keeps happening, the device may not speak SMP or its firmware may be faulty.</source>
        <translation>دستگاه پیام مدیریتی‌ای فرستاد که پاسبان نمی‌خواند. دوباره تلاش کنید؛ اگر تکرار شد، شاید دستگاه ‪SMP‬ را پشتیبانی نکند یا میان‌افزارش معیوب باشد.</translation>
    </message>
    <message>
        <source>A management message was too large to send. This is a fault in Pasban; please report it.</source>
        <translation>یک پیام مدیریتی برای فرستادن بیش از اندازه بزرگ بود. این نقصی در پاسبان است؛ لطفاً گزارش دهید.</translation>
    </message>
    <message>
        <source>A management message from the device arrived incomplete or with extra data. Try again; if it keeps happening, check the connection.</source>
        <translation>یک پیام مدیریتی از دستگاه ناقص یا با دادهٔ اضافه رسید. دوباره تلاش کنید؛ اگر تکرار شد، اتصال را بررسی کنید.</translation>
    </message>
    <message>
        <source>The device asked for firmware data beyond the end of the file. Start the update again.</source>
        <translation>دستگاه داده‌ای از میان‌افزار فراتر از پایان پرونده خواست. به‌روزرسانی را از نو آغاز کنید.</translation>
    </message>
    <message>
        <source>The device&apos;s message buffer is too small to carry firmware data. Check the device&apos;s management settings with its manufacturer.</source>
        <translation>میانگیر پیام دستگاه برای حمل دادهٔ میان‌افزار بیش از اندازه کوچک است. تنظیمات مدیریتی دستگاه را با سازنده بررسی کنید.</translation>
    </message>
    <message>
        <source>A message from the device arrived damaged over the serial connection and was discarded. If this keeps happening, check the cable and the port&apos;s speed setting.</source>
        <translation>پیامی از دستگاه از راه اتصال سریال آسیب‌دیده رسید و کنار گذاشته شد. اگر تکرار شد، کابل و تنظیم سرعت درگاه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The device sent a message larger than Pasban accepts (%1 bytes) and it was discarded. Check that the right device is on this port.</source>
        <translation>دستگاه پیامی بزرگ‌تر از آنچه پاسبان می‌پذیرد (%1 بایت) فرستاد و کنار گذاشته شد. بررسی کنید دستگاه درست به این درگاه وصل باشد.</translation>
    </message>
    <message>
        <source>A management message could not be prepared for the serial connection. This is a fault in Pasban; please report it.</source>
        <translation>یک پیام مدیریتی برای اتصال سریال آماده نشد. این نقصی در پاسبان است؛ لطفاً گزارش دهید.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found. Plug in or switch on a Bluetooth adapter (and check that the bluetooth service runs), or use --demo for the simulated fleet.</source>
        <translation>هیچ آداپتور بلوتوثی پیدا نشد. آداپتور بلوتوث را وصل یا روشن کنید (و بررسی کنید سرویس بلوتوث در حال اجرا باشد)، یا برای ناوگان شبیه‌سازی‌شده از ‪--demo‬ استفاده کنید.</translation>
    </message>
    <message>
        <source>The computer&apos;s Bluetooth service paired with the device by itself during the test. Remove the pairing in the system&apos;s Bluetooth settings if it is not wanted.</source>
        <translation>سرویس بلوتوث رایانه هنگام آزمون خودبه‌خود با دستگاه جفت شد. اگر این جفت‌سازی را نمی‌خواهید، آن را در تنظیمات بلوتوث سیستم حذف کنید.</translation>
    </message>
    <message>
        <source>The firmware image is hashed or signed in a way Pasban cannot check. Do not install it until the manufacturer confirms how it is signed.</source>
        <translation>چکیده یا امضای تصویر میان‌افزار به روشی است که پاسبان نمی‌تواند بررسی کند. تا سازنده روش امضا را تأیید نکرده، آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read. Check its name and permissions.</source>
        <translation>پروندهٔ عبارت عبور %1 خوانده نمی‌شود. نام و مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The firmware update was cancelled. The device keeps running its current firmware; starting the update again continues the transfer.</source>
        <translation>به‌روزرسانی میان‌افزار لغو شد. دستگاه همچنان میان‌افزار فعلی خود را اجرا می‌کند؛ با شروع دوبارهٔ به‌روزرسانی، انتقال از همان‌جا ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>The device does not reach the expected state. Stop and check the device.</source>
        <translation>دستگاه به وضعیت مورد انتظار نمی‌رسد. کار را متوقف کنید و دستگاه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The device runs %1, newer than this image (%2), and its bootloader refuses older firmware. Nothing was sent.</source>
        <translation>دستگاه نسخهٔ %1 را اجرا می‌کند که از این تصویر (%2) جدیدتر است، و بوت‌لودر آن میان‌افزار قدیمی‌تر را نمی‌پذیرد. چیزی ارسال نشد.</translation>
    </message>
    <message>
        <source>The device runs %1, newer than this image (%2). Pasban does not install older firmware. Nothing was sent.</source>
        <translation>دستگاه نسخهٔ %1 را اجرا می‌کند که از این تصویر (%2) جدیدتر است. پاسبان میان‌افزار قدیمی‌تر نصب نمی‌کند. چیزی ارسال نشد.</translation>
    </message>
    <message>
        <source>The device restarted but is still running its previous firmware: its bootloader did not accept the new image. The device is unchanged.</source>
        <translation>دستگاه دوباره راه‌اندازی شد اما همچنان میان‌افزار قبلی را اجرا می‌کند: بوت‌لودر آن تصویر جدید را نپذیرفت. دستگاه بدون تغییر مانده است.</translation>
    </message>
    <message>
        <source>The device did not accept the new image for its next start. The device is unchanged.</source>
        <translation>دستگاه تصویر جدید را برای راه‌اندازی بعدی نپذیرفت. دستگاه بدون تغییر مانده است.</translation>
    </message>
    <message>
        <source>The device simulator could not create a pseudo-terminal.</source>
        <translation>شبیه‌ساز دستگاه نتوانست پایانهٔ مجازی ایجاد کند.</translation>
    </message>
    <message>
        <source>Pseudo-terminals are not available on this system. Serve the simulator over UDP.</source>
        <translation>پایانهٔ مجازی در این سیستم در دسترس نیست. شبیه‌ساز را از راه ‪UDP‬ اجرا کنید.</translation>
    </message>
    <message>
        <source>The device simulator could not open UDP port %1.</source>
        <translation>شبیه‌ساز دستگاه نتوانست درگاه ‪UDP‬ شمارهٔ %1 را باز کند.</translation>
    </message>
    <message>
        <source>The device did not answer. Check that it is on, in range and not busy.</source>
        <translation>دستگاه پاسخ نداد. بررسی کنید که روشن، در محدوده و آزاد باشد.</translation>
    </message>
    <message>
        <source>The request to the device was cancelled.</source>
        <translation>درخواست به دستگاه لغو شد.</translation>
    </message>
    <message>
        <source>The device sent a message larger than the console accepts.</source>
        <translation>دستگاه پیامی بزرگ‌تر از حدی که کنسول می‌پذیرد فرستاد.</translation>
    </message>
    <message>
        <source>Not connected to the device %1. Connect and try again.</source>
        <translation>به دستگاه %1 متصل نیستید. متصل شوید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>A message to the device is larger than the link can carry.</source>
        <translation>پیام ارسالی به دستگاه بزرگ‌تر از ظرفیت پیوند ارتباطی است.</translation>
    </message>
    <message>
        <source>The connection to the device %1 was lost. Check the cable or distance.</source>
        <translation>اتصال به دستگاه %1 قطع شد. کابل یا فاصله را بررسی کنید.</translation>
    </message>
    <message>
        <source>Could not connect to the device %1. Check that it is on and the address is right.</source>
        <translation>اتصال به دستگاه %1 ممکن نشد. بررسی کنید که روشن باشد و نشانی درست باشد.</translation>
    </message>
    <message>
        <source>The firmware file is empty.</source>
        <translation>پروندهٔ میان‌افزار خالی است.</translation>
    </message>
    <message>
        <source>The device received the firmware but its checksum does not match. The transfer was damaged; start the update again.</source>
        <translation>دستگاه میان‌افزار را دریافت کرد اما چکیدهٔ آن مطابقت ندارد. انتقال آسیب دیده است؛ به‌روزرسانی را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>The device keeps refusing the firmware at the same point. Restart the device and try again.</source>
        <translation>دستگاه پیوسته میان‌افزار را در همان نقطه رد می‌کند. دستگاه را دوباره راه‌اندازی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check its name and permissions.</source>
        <translation>پروندهٔ %1 خوانده نمی‌شود. نام و مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>Give exactly one of --serial, --udp or --ble.</source>
        <translation>دقیقاً یکی از گزینه‌های ‪--serial‬، ‪--udp‬ یا ‪--ble‬ را بدهید.</translation>
    </message>
    <message>
        <source>--baud needs a positive number.</source>
        <translation>گزینهٔ ‪--baud‬ به یک عدد مثبت نیاز دارد.</translation>
    </message>
    <message>
        <source>--udp needs HOST:PORT with a numeric address, e.g. 192.0.2.7:1337.</source>
        <translation>گزینهٔ ‪--udp‬ به ‪HOST:PORT‬ با نشانی عددی نیاز دارد، برای نمونه ‪192.0.2.7:1337‬.</translation>
    </message>
    <message>
        <source>--ble needs a Bluetooth address such as AA:BB:CC:DD:EE:FF.</source>
        <translation>گزینهٔ ‪--ble‬ به یک نشانی بلوتوث مانند ‪AA:BB:CC:DD:EE:FF‬ نیاز دارد.</translation>
    </message>
    <message>
        <source>A bare image is only sent when it verifies with the vendor&apos;s key: give it with --key PUBKEY.pem.</source>
        <translation>تصویر خام تنها هنگامی ارسال می‌شود که با کلید سازنده تأیید شود: کلید را با ‪--key PUBKEY.pem‬ بدهید.</translation>
    </message>
    <message>
        <source>The export could not be written to %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>خروجی در %1 نوشته نشد. بررسی کنید که پوشه وجود دارد، اجازهٔ نوشتن در آن را دارید و دیسک پر نیست.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>The file is not an audit export Pasban can read.</source>
        <translation>این پرونده خروجی ممیزی‌ای نیست که پاسبان بتواند بخواند.</translation>
    </message>
    <message>
        <source>Central forwarding of the audit log is switched off. Turn it on in Settings → Forwarding.</source>
        <translation>ارسال متمرکز گزارش ممیزی خاموش است. آن را در تنظیمات ← ارسال روشن کنید.</translation>
    </message>
    <message>
        <source>Central forwarding is not fully set up. Fill in the receiver and the certificate files in Settings → Forwarding.</source>
        <translation>ارسال متمرکز به‌طور کامل پیکربندی نشده است. گیرنده و پرونده‌های گواهی را در تنظیمات ← ارسال وارد کنید.</translation>
    </message>
    <message>
        <source>The file %1 holds no usable certificate or key. Certificates and keys must be PEM files, and the key must not be protected by a passphrase.</source>
        <translation>پروندهٔ %1 گواهی یا کلید قابل‌استفاده‌ای ندارد. گواهی‌ها و کلیدها باید پرونده‌های PEM باشند و کلید نباید با عبارت عبور محافظت شده باشد.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2. Choose the key that was issued with the certificate.</source>
        <translation>کلید خصوصی %1 متعلق به گواهی %2 نیست. کلیدی را انتخاب کنید که همراه این گواهی صادر شده است.</translation>
    </message>
    <message>
        <source>The central log server %1 cannot be reached. Events are kept and sent when it is back.</source>
        <translation>کارساز مرکزی گزارش %1 در دسترس نیست. رویدادها نگه داشته می‌شوند و پس از در دسترس قرار گرفتن آن ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>The secure connection to the central log server %1 was refused: %2. Check the server name, the CA file and this console&apos;s certificate.</source>
        <translation>اتصال امن به کارساز مرکزی گزارش %1 پذیرفته نشد: %2. نام کارساز، پروندهٔ CA و گواهی این کنسول را بررسی کنید.</translation>
    </message>
    <message>
        <source>The connection to the central log server %1 was lost. Events are kept and sent again when it is back.</source>
        <translation>اتصال به کارساز مرکزی گزارش %1 قطع شد. رویدادها نگه داشته می‌شوند و پس از در دسترس قرار گرفتن آن دوباره ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>The central log server %1 stopped accepting events. Pasban reconnects.</source>
        <translation>کارساز مرکزی گزارش %1 دیگر رویدادها را نمی‌پذیرد. پاسبان دوباره متصل می‌شود.</translation>
    </message>
    <message>
        <source>The audit log holds fewer events (%1) than were already sent to the central log server (%2): the log was replaced or cut off. Forwarding stops; tell your security officer.</source>
        <translation>گزارش ممیزی رویدادهای کمتری (%1) از آنچه پیش‌تر به کارساز مرکزی گزارش فرستاده شده است (%2) دارد: گزارش جایگزین یا کوتاه شده است. ارسال متوقف می‌شود؛ به مسئول امنیت اطلاع دهید.</translation>
    </message>
    <message>
        <source>The certificate could not be read: the file is damaged or is not an X.509 certificate (PEM or DER).</source>
        <translation>گواهی خوانده نشد: پرونده آسیب دیده است یا گواهی ‪X.509‬ (‪PEM‬ یا ‪DER‬) نیست.</translation>
    </message>
    <message>
        <source>The certificate revocation list could not be read: the file is damaged or is not a CRL (PEM or DER).</source>
        <translation>فهرست ابطال گواهی خوانده نشد: پرونده آسیب دیده است یا فهرست ابطال (‪CRL‬) در قالب ‪PEM‬ یا ‪DER‬ نیست.</translation>
    </message>
    <message>
        <source>The signature is damaged or is not a CMS (PKCS#7) signature with exactly one signer.</source>
        <translation>امضا آسیب دیده است یا امضای ‪CMS (PKCS#7)‬ با دقیقاً یک امضاکننده نیست.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to any root certificate in the trust store: the signer is unknown to this console.</source>
        <translation>گواهی امضاکننده به هیچ گواهی ریشه‌ای در مخزن اعتماد نمی‌رسد: امضاکننده برای این کنسول ناشناخته است.</translation>
    </message>
    <message>
        <source>A certificate the signature depends on has expired or is not valid yet.</source>
        <translation>یکی از گواهی‌هایی که امضا به آن وابسته است منقضی شده یا هنوز معتبر نشده است.</translation>
    </message>
    <message>
        <source>A certificate the signature depends on has been revoked by its issuer.</source>
        <translation>یکی از گواهی‌هایی که امضا به آن وابسته است از سوی صادرکننده‌اش باطل شده است.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not issued for signing code (it lacks the code-signing extended key usage).</source>
        <translation>گواهی امضاکننده برای امضای کد صادر نشده است (کاربرد کلید گستردهٔ امضای کد، ‪codeSigning‬، را ندارد).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chain is not valid, so the signature cannot be trusted.</source>
        <translation>زنجیرهٔ گواهی امضاکننده معتبر نیست، پس نمی‌توان به امضا اعتماد کرد.</translation>
    </message>
    <message>
        <source>The revocation list for a certificate the signature depends on is out of date, so revocation cannot be checked. Import the issuer&apos;s current list.</source>
        <translation>فهرست ابطالِ یکی از گواهی‌هایی که امضا به آن وابسته است کهنه است، پس ابطال را نمی‌توان بررسی کرد. فهرست کنونی صادرکننده را وارد کنید.</translation>
    </message>
    <message>
        <source>This file is not a valid Pasban firmware package (%1). Check that you chose the right file, or ask the manufacturer for the package again.</source>
        <translation>این پرونده بستهٔ میان‌افزار معتبر پاسبان نیست (%1). بررسی کنید پروندهٔ درست را برگزیده باشید، یا بسته را دوباره از سازنده بخواهید.</translation>
    </message>
    <message>
        <source>The firmware package&apos;s manifest is damaged or not valid (%1). Do not install the package; ask the manufacturer for a correct one.</source>
        <translation>مانیفست بستهٔ میان‌افزار آسیب دیده یا نامعتبر است (%1). بسته را نصب نکنید؛ بستهٔ درست را از سازنده بخواهید.</translation>
    </message>
    <message>
        <source>The image %1 is not the one the package&apos;s manifest declares: it was replaced or taken from another package. Do not install it.</source>
        <translation>تصویر %1 همانی نیست که مانیفست بسته اعلام کرده است: جایگزین شده یا از بستهٔ دیگری برداشته شده است. آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; was revoked in this console&apos;s trust store: packages it signed are no longer accepted.</source>
        <translation>گواهی «%1» در مخزن اعتماد این کنسول باطل شده است: بسته‌هایی که با آن امضا شده‌اند دیگر پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>The MCUboot key named in the package&apos;s manifest for %1 cannot be used.</source>
        <translation>کلید ‪MCUboot‬ که مانیفست بسته برای %1 نام برده است قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>The image %1 is signed with one of MCUboot&apos;s published development keys (%2), which anyone can use. It proves nothing about who built the firmware. Do not install it.</source>
        <translation>تصویر %1 با یکی از کلیدهای توسعهٔ منتشرشدهٔ ‪MCUboot‬ (%2) امضا شده است که هر کسی می‌تواند از آن استفاده کند. این امضا چیزی دربارهٔ سازندهٔ میان‌افزار ثابت نمی‌کند. آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>The package is not signed by its vendor. Do not install it.</source>
        <translation>بسته را سازنده‌اش امضا نکرده است. آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>This package has not been approved by the hospital&apos;s clinical engineering, which your role requires before installing it.</source>
        <translation>این بسته به تأیید مهندسی پزشکی بیمارستان نرسیده است، و نقش شما پیش از نصب این تأیید را لازم دارد.</translation>
    </message>
    <message>
        <source>The package is not valid yet (it is dated in the future). Check this computer&apos;s clock.</source>
        <translation>بسته هنوز معتبر نشده است (تاریخ آن در آینده است). ساعت این رایانه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The package has expired. Ask the manufacturer for a current one.</source>
        <translation>اعتبار بسته به پایان رسیده است. بستهٔ به‌روز را از سازنده بخواهید.</translation>
    </message>
    <message>
        <source>This package needs Pasban %1 or newer. Update Pasban first.</source>
        <translation>این بسته به پاسبان %1 یا جدیدتر نیاز دارد. نخست پاسبان را به‌روز کنید.</translation>
    </message>
    <message>
        <source>This package is not made for this device&apos;s model (%1).</source>
        <translation>این بسته برای مدل این دستگاه (%1) ساخته نشده است.</translation>
    </message>
    <message>
        <source>This package is not made for this device&apos;s hardware revision (%1).</source>
        <translation>این بسته برای ویرایش سخت‌افزاری این دستگاه (%1) ساخته نشده است.</translation>
    </message>
    <message>
        <source>The file %1 in the package has been changed or replaced: its checksum differs from the signed manifest. Do not install it.</source>
        <translation>پروندهٔ %1 در بسته تغییر کرده یا جایگزین شده است: چکیدهٔ آن با مانیفست امضاشده یکی نیست. آن را نصب نکنید.</translation>
    </message>
    <message>
        <source>The package holds version %1, older than the %2 this device has run. Downgrades are refused.</source>
        <translation>بسته نسخهٔ %1 را دارد که از نسخهٔ %2 که این دستگاه اجرا کرده قدیمی‌تر است. بازگشت به نسخهٔ قدیمی‌تر پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The image %1 has a lower security counter than firmware this device has already run: it would reinstate fixed vulnerabilities. It is refused.</source>
        <translation>شمارندهٔ امنیتی تصویر %1 از میان‌افزاری که این دستگاه پیش‌تر اجرا کرده کمتر است: آسیب‌پذیری‌های رفع‌شده را بازمی‌گرداند. پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The device already runs this image (%1); there is nothing to install.</source>
        <translation>دستگاه هم‌اکنون همین تصویر (%1) را اجرا می‌کند؛ چیزی برای نصب نیست.</translation>
    </message>
    <message>
        <source>The package is older than one already installed on this device (its sequence number is lower). It is refused.</source>
        <translation>این بسته از بسته‌ای که پیش‌تر روی این دستگاه نصب شده قدیمی‌تر است (شمارهٔ ترتیب آن کمتر است). پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>This firmware is not a signed Pasban package, so nothing about it can be verified. It can be imported only with an explicit override, which is recorded in the audit log.</source>
        <translation>این میان‌افزار بستهٔ امضاشدهٔ پاسبان نیست، پس هیچ چیز آن را نمی‌توان راستی‌آزمایی کرد. تنها با نادیده‌گرفتن صریح هشدار وارد می‌شود و این کار در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>The console&apos;s firmware record for this device is damaged, so a downgrade cannot be ruled out.</source>
        <translation>سابقهٔ میان‌افزار این دستگاه در کنسول آسیب دیده است، پس نمی‌توان بازگشت به نسخهٔ قدیمی‌تر را رد کرد.</translation>
    </message>
    <message>
        <source>The trust material in %1 could not be read.</source>
        <translation>مواد اعتماد در %1 خوانده نشد.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a root certificate (a self-signed certificate authority), so it cannot be imported as a trust root.</source>
        <translation>گواهی «%1» گواهی ریشه (مرجع صدور گواهیِ خودامضا) نیست، پس نمی‌توان آن را به‌عنوان ریشهٔ اعتماد وارد کرد.</translation>
    </message>
    <message>
        <source>This certificate was revoked in this console&apos;s trust store and cannot be imported again.</source>
        <translation>این گواهی در مخزن اعتماد این کنسول باطل شده است و دوباره وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>This root certificate is already in the trust store.</source>
        <translation>این گواهی ریشه از پیش در مخزن اعتماد هست.</translation>
    </message>
    <message>
        <source>The revocation list is not signed by any root certificate in the trust store, so it cannot be imported.</source>
        <translation>فهرست ابطال را هیچ گواهی ریشه‌ای در مخزن اعتماد امضا نکرده است، پس وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>The trust store already holds a newer revocation list from this issuer; the older one was not imported.</source>
        <translation>مخزن اعتماد از پیش فهرست ابطال جدیدتری از این صادرکننده دارد؛ فهرست قدیمی‌تر وارد نشد.</translation>
    </message>
    <message>
        <source>That is not a certificate fingerprint: give the SHA-256 fingerprint, 64 hex digits (colons allowed).</source>
        <translation>این اثر انگشت گواهی نیست: اثر انگشت ‪SHA-256‬ را بدهید، ۶۴ رقم شانزده‌شانزدهی (دونقطه مجاز است).</translation>
    </message>
    <message>
        <source>The trust store in the console database is damaged. Import the trust roots again.</source>
        <translation>مخزن اعتماد در پایگاه داده کنسول آسیب دیده است. ریشه‌های اعتماد را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>پروندهٔ %1 نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>The certificate was not imported: the operator did not confirm its fingerprint.</source>
        <translation>گواهی وارد نشد: کاربر اثر انگشت آن را تأیید نکرد.</translation>
    </message>
    <message>
        <source>The audit log was opened with the hospital recovery key, which cannot protect new keys. Move it to a keystore or passphrase first.</source>
        <translation>گزارش ممیزی با کلید بازیابی بیمارستان باز شده است و این کلید نمی‌تواند از کلیدهای جدید محافظت کند. ابتدا آن را به یک مخزن کلید یا عبارت عبور منتقل کنید.</translation>
    </message>
    <message>
        <source>The audit log is protected by a passphrase. Give the passphrase to unlock it; nothing was changed.</source>
        <translation>گزارش ممیزی با عبارت عبور محافظت می‌شود. برای باز کردن قفل آن، عبارت عبور را وارد کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The audit log cannot be unlocked: no passphrase was given and no system keystore is available. Give a passphrase; nothing was changed.</source>
        <translation>قفل گزارش ممیزی باز نمی‌شود: عبارت عبوری داده نشده و هیچ مخزن کلید سیستمی در دسترس نیست. یک عبارت عبور وارد کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>No system keystore is available to unlock the audit log (Secret Service or Windows Credential Manager). Start or unlock it, or use a passphrase; nothing was changed.</source>
        <translation>هیچ مخزن کلید سیستمی برای باز کردن قفل گزارش ممیزی در دسترس نیست (‪Secret Service‬ یا ‪Windows Credential Manager‬). آن را راه‌اندازی کنید یا قفلش را باز کنید، یا از عبارت عبور استفاده کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The system keystore is locked or refused access to the audit log&apos;s key. Unlock it and try again; nothing was changed.</source>
        <translation>مخزن کلید سیستم قفل است یا دسترسی به کلید گزارش ممیزی را رد کرد. قفل آن را باز کنید و دوباره تلاش کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The system keystore holds no key for this audit log: it was set up under another user account or computer, or the key was deleted. Open it with the hospital recovery key; nothing was changed.</source>
        <translation>مخزن کلید سیستم هیچ کلیدی برای این گزارش ممیزی ندارد: گزارش در حساب کاربری یا رایانهٔ دیگری راه‌اندازی شده یا کلید حذف شده است. آن را با کلید بازیابی بیمارستان باز کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint cannot be kept in the system keystore. Check that the keystore is unlocked.</source>
        <translation>نقطهٔ بازبینی گزارش ممیزی را نمی‌توان در مخزن کلید سیستم نگه داشت. بررسی کنید که قفل مخزن کلید باز باشد.</translation>
    </message>
    <message>
        <source>The key in the system keystore does not open this audit log: the entry was replaced. Open the log with the hospital recovery key; nothing was changed.</source>
        <translation>کلید موجود در مخزن کلید سیستم این گزارش ممیزی را باز نمی‌کند: مدخل آن جایگزین شده است. گزارش را با کلید بازیابی بیمارستان باز کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This audit log has no hospital recovery key, so it cannot be opened with one. It opens only with its own keystore entry or passphrase.</source>
        <translation>این گزارش ممیزی کلید بازیابی بیمارستان ندارد، بنابراین با چنین کلیدی باز نمی‌شود. تنها با مدخل مخزن کلید یا عبارت عبور خودش باز می‌شود.</translation>
    </message>
    <message>
        <source>The recovery key given does not open this audit log: the log was set up with another hospital recovery key. Nothing was changed.</source>
        <translation>کلید بازیابی داده‌شده این گزارش ممیزی را باز نمی‌کند: گزارش با کلید بازیابی دیگری از بیمارستان راه‌اندازی شده است. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The audit log is not open, so the action cannot be recorded. Unlock the audit log first.</source>
        <translation>گزارش ممیزی باز نیست، بنابراین این اقدام ثبت نمی‌شود. ابتدا قفل گزارش ممیزی را باز کنید.</translation>
    </message>
    <message>
        <source>This kind of key is not supported here. Use an X25519 key (openssl genpkey -algorithm X25519).</source>
        <translation>این نوع کلید در اینجا پشتیبانی نمی‌شود. از کلید ‪X25519‬ استفاده کنید (‪openssl genpkey -algorithm X25519‬).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check its name and permissions.</source>
        <translation>پروندهٔ کلید %1 خوانده نمی‌شود. نام و مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>A USB device reported descriptors that do not follow the USB specification. Its details may be incomplete; if this keeps happening, note the device for inspection.</source>
        <translation>یک دستگاه USB توصیفگرهایی گزارش کرد که با مشخصات USB مطابقت ندارند. ممکن است جزئیات آن ناقص باشد؛ اگر این وضعیت تکرار شد، دستگاه را برای بررسی یادداشت کنید.</translation>
    </message>
    <message>
        <source>The USB ID database holds no vendors; USB names are not shown.</source>
        <translation>پایگاه داده شناسه‌های USB هیچ سازنده‌ای ندارد؛ نام دستگاه‌های USB نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>No USB ID database (usb.ids) was found; USB devices are shown by number only. Install the usbutils or hwdata package, or set PASBAN_USB_IDS to the file.</source>
        <translation>پایگاه داده شناسه‌های USB (‪usb.ids‬) پیدا نشد؛ دستگاه‌های USB فقط با شماره نمایش داده می‌شوند. بسته ‪usbutils‬ یا ‪hwdata‬ را نصب کنید، یا ‪PASBAN_USB_IDS‬ را به مسیر این پرونده تنظیم کنید.</translation>
    </message>
    <message>
        <source>The inventory could not be written to %1: %2</source>
        <translation>سیاههٔ تجهیزات در %1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>The firmware package has not passed verification.</source>
        <translation>بستهٔ میان‌افزار از راستی‌آزمایی نگذشته است.</translation>
    </message>
    <message>
        <source>The link %1 to the device cannot be opened.</source>
        <translation>پیوند %1 به دستگاه باز نمی‌شود.</translation>
    </message>
    <message>
        <source>There is no package with this id in the firmware library.</source>
        <translation>بسته‌ای با این شناسه در کتابخانهٔ میان‌افزار وجود ندارد.</translation>
    </message>
    <message>
        <source>The package file could not be read.</source>
        <translation>فایل بسته خوانده نشد.</translation>
    </message>
    <message>
        <source>The package file is too large to be a firmware package.</source>
        <translation>فایل بسته بزرگ‌تر از آن است که بستهٔ میان‌افزار باشد.</translation>
    </message>
    <message>
        <source>A package with this id is already in the firmware library; remove it first to import it again.</source>
        <translation>بسته‌ای با این شناسه از پیش در کتابخانهٔ میان‌افزار هست؛ برای وارد کردن دوباره، نخست آن را حذف کنید.</translation>
    </message>
    <message>
        <source>The package could not be copied into the firmware library.</source>
        <translation>بسته در کتابخانهٔ میان‌افزار رونوشت نشد.</translation>
    </message>
    <message>
        <source>The package holds %1 images; Pasban can only send single-image packages yet.</source>
        <translation>این بسته %1 تصویر دارد؛ پاسبان فعلاً فقط بسته‌های تک‌تصویری را می‌فرستد.</translation>
    </message>
    <message>
        <source>The firmware file %1 cannot be read.</source>
        <translation>فایل میان‌افزار %1 خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The firmware file %1 is larger than any image Pasban accepts (%2 bytes).</source>
        <translation>فایل میان‌افزار %1 از بزرگ‌ترین تصویری که پاسبان می‌پذیرد بزرگ‌تر است (%2 بایت).</translation>
    </message>
    <message>
        <source>Line %1 has more columns than Pasban accepts (256).</source>
        <translation>سطر %1 بیش از ستون‌هایی دارد که پاسبان می‌پذیرد (۲۵۶).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8.</source>
        <translation>سطر %1 متن معتبر ‪UTF-8‬ نیست. پرونده را با رمزگذاری ‪UTF-8‬ ذخیره کنید.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends: the file is cut short or a quote is missing.</source>
        <translation>فیلد داخل گیومه‌ای که از سطر %1 آغاز می‌شود هرگز بسته نمی‌شود: پرونده ناقص است یا یک گیومه جا افتاده است.</translation>
    </message>
    <message>
        <source>Line %1 has a field over 64 KiB.</source>
        <translation>سطر %1 فیلدی بزرگ‌تر از ۶۴ کیلوبایت دارد.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote. Quote the whole field and double the quotes inside it.</source>
        <translation>سطر %1 پس از گیومهٔ پایانی متن دارد. کل فیلد را در گیومه بگذارید و گیومه‌های درون آن را دوتایی کنید.</translation>
    </message>
    <message>
        <source>Line %1 has a quote inside an unquoted field. Quote the whole field and double the quotes inside it.</source>
        <translation>سطر %1 در فیلدی بدون گیومه، گیومه دارد. کل فیلد را در گیومه بگذارید و گیومه‌های درون آن را دوتایی کنید.</translation>
    </message>
    <message>
        <source>%1 must be a Bluetooth address of six hex pairs, e.g. C4:7F:51:3A:22:10.</source>
        <translation>%1 باید نشانی بلوتوث با شش جفت رقم شانزده‌شانزدهی باشد، مانند ‪C4:7F:51:3A:22:10‬.</translation>
    </message>
    <message>
        <source>%1 must be exactly four hex digits, e.g. 04d8.</source>
        <translation>%1 باید دقیقاً چهار رقم شانزده‌شانزدهی باشد، مانند ‪04d8‬.</translation>
    </message>
    <message>
        <source>%1 is required and is empty.</source>
        <translation>%1 الزامی است و خالی است.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 بلندتر از %2 نویسه است.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 نویسه‌های کنترلی دارد.</translation>
    </message>
    <message>
        <source>%1 is missing: USB vendor and product ID go together.</source>
        <translation>%1 وجود ندارد: شناسهٔ سازنده و شناسهٔ محصول ‪USB‬ باید با هم بیایند.</translation>
    </message>
    <message>
        <source>The import was cancelled; the inventory was not changed.</source>
        <translation>ورود لغو شد؛ سیاههٔ تجهیزات تغییری نکرد.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>پرونده بیش از %1 ردیف دارد؛ آن را به چند پرونده تقسیم کنید.</translation>
    </message>
    <message>
        <source>The column %1 is not an inventory field (strict import). Remove it or import without strict checking.</source>
        <translation>ستون %1 فیلد سیاههٔ تجهیزات نیست (ورود سخت‌گیرانه). آن را حذف کنید یا بدون بررسی سخت‌گیرانه وارد کنید.</translation>
    </message>
    <message>
        <source>The columns %1 and %2 both name the field %3.</source>
        <translation>ستون‌های %1 و %2 هر دو به فیلد %3 اشاره می‌کنند.</translation>
    </message>
    <message>
        <source>The asset tag %1 appears twice in the file (first in entry %2).</source>
        <translation>برچسب اموال %1 دو بار در پرونده آمده است (نخستین بار در مدخل %2).</translation>
    </message>
    <message>
        <source>The asset tag %1 appears twice in the file (first on line %2).</source>
        <translation>برچسب اموال %1 دو بار در پرونده آمده است (نخستین بار در سطر %2).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row.</source>
        <translation>پرونده خالی است: به یک سطر سرستون نیاز دارد.</translation>
    </message>
    <message>
        <source>The header row has no asset tag column (assetTag, &quot;Asset Tag&quot; or id).</source>
        <translation>سطر سرستون ستون برچسب اموال ندارد (‪assetTag‬، ‪&quot;Asset Tag&quot;‬ یا ‪id‬).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: a field is missing or a comma is not quoted.</source>
        <translation>سطر %1 دارای %2 فیلد است اما سرستون %3 فیلد دارد: فیلدی جا افتاده یا ویرگولی بدون گیومه آمده است.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2); it may be cut short.</source>
        <translation>پرونده ‪JSON‬ معتبر نیست (سطر %1: %2)؛ شاید ناقص باشد.</translation>
    </message>
    <message>
        <source>The JSON file must be an array of objects, one per device.</source>
        <translation>پروندهٔ ‪JSON‬ باید آرایه‌ای از شیءها باشد، یکی برای هر دستگاه.</translation>
    </message>
    <message>
        <source>Entry %1 is not an object.</source>
        <translation>مدخل %1 شیء نیست.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 باید متن باشد.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it.</source>
        <translation>پرونده بزرگ‌تر از %1 مبی‌بایت است؛ آن را تقسیم کنید.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) cannot be imported, the first at %2 (%3). Correct the file and import it again.</source>
        <translation>هیچ چیز وارد نشد: %1 ردیف قابل ورود نیست، نخستین آن‌ها در %2 (%3). پرونده را اصلاح کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The asset tag %1 is already in the inventory. Choose another tag, or import a file to update the record.</source>
        <translation>برچسب اموال %1 از پیش در سیاههٔ تجهیزات هست. برچسب دیگری برگزینید، یا برای به‌روزرسانی این رکورد پرونده‌ای وارد کنید.</translation>
    </message>
    <message>
        <source>No device in the inventory has the asset tag %1.</source>
        <translation>هیچ دستگاهی در سیاههٔ تجهیزات برچسب اموال %1 را ندارد.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>گذرواژه باید دست‌کم %1 نویسه باشد.</translation>
    </message>
    <message>
        <source>The password must not be the operator&apos;s name.</source>
        <translation>گذرواژه نباید همان نام کاربر باشد.</translation>
    </message>
    <message>
        <source>The password must mix at least two kinds of characters (letters, digits, other signs).</source>
        <translation>گذرواژه باید دست‌کم دو گونه نویسه (حرف، رقم، نشانه‌های دیگر) داشته باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an operator name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>«%1» نمی‌تواند نام کاربر باشد: از ۱ تا ۶۴ حرف، رقم، نقطه، خط تیره یا زیرخط استفاده کنید.</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>کاربری به نام %1 از پیش وجود دارد.</translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation>کاربری به نام %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The operator name or the password is wrong.</source>
        <translation>نام کاربر یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed log-ins. Try again in %2 minutes.</source>
        <translation>حساب %1 پس از ورودهای ناموفق پیاپی قفل شده است. %2 دقیقهٔ دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. A clinical engineer can enable it again.</source>
        <translation>حساب %1 غیرفعال است. یک مهندس بالینی می‌تواند آن را دوباره فعال کند.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. The refusal was recorded in the audit log.</source>
        <translation>%1 (%2) اجازهٔ این کار را ندارد: %3. این رد در گزارش ممیزی ثبت شد.</translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in as an operator first.</source>
        <translation>هیچ کاربری وارد نشده است. نخست به‌عنوان یک کاربر وارد شوید.</translation>
    </message>
    <message>
        <source>The emergency access has expired. Log in again.</source>
        <translation>دسترسی اضطراری به پایان رسیده است. دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Emergency access needs a reason; it is recorded in the audit log.</source>
        <translation>دسترسی اضطراری نیازمند ذکر دلیل است؛ دلیل در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>This action needs a second clinical engineer: the approver must be a different person from the operator.</source>
        <translation>این کار به تأیید مهندس بالینی دوم نیاز دارد: تأییدکننده باید فردی جز کاربر انجام‌دهنده باشد.</translation>
    </message>
    <message>
        <source>%1 is not an enabled clinical engineer and cannot approve this action.</source>
        <translation>%1 مهندس بالینی فعال نیست و نمی‌تواند این کار را تأیید کند.</translation>
    </message>
    <message>
        <source>This is the last enabled clinical engineer; add another before disabling it.</source>
        <translation>این آخرین مهندس بالینی فعال است؛ پیش از غیرفعال کردن آن، مهندس دیگری بیفزایید.</translation>
    </message>
    <message>
        <source>The stored account %1 cannot be read.</source>
        <translation>حساب ذخیره‌شدهٔ %1 خوانا نیست.</translation>
    </message>
    <message>
        <source>There is no inventory to export.</source>
        <translation>سیاههٔ تجهیزاتی برای برون‌بری وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>قالب برون‌بری %1 ناشناخته است.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>پروندهٔ %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The device&apos;s model is not known, so the package cannot be checked against it. Give --device-id of an inventoried device or --device-model.</source>
        <translation>مدل دستگاه معلوم نیست، پس بسته را نمی‌توان با آن سنجید. ‪--device-id‬ دستگاهی از فهرست اموال یا ‪--device-model‬ را بدهید.</translation>
    </message>
    <message>
        <source>A serial link needs a port name.</source>
        <translation>پیوند سریال به نام درگاه نیاز دارد.</translation>
    </message>
    <message>
        <source>The fleet file must be a JSON array of devices, each with &quot;deviceId&quot; and one of &quot;serial&quot;, &quot;udp&quot; or &quot;ble&quot;.</source>
        <translation>فایل ناوگان باید آرایه‌ای ‪JSON‬ از دستگاه‌ها باشد که هر کدام ‪&quot;deviceId&quot;‬ و یکی از ‪&quot;serial&quot;‬، ‪&quot;udp&quot;‬ یا ‪&quot;ble&quot;‬ را داشته باشد.</translation>
    </message>
    <message>
        <source>An unverified image is imported only with a reason, which is recorded in the audit log.</source>
        <translation>تصویر تأییدنشده تنها با ذکر دلیل وارد می‌شود و این دلیل در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>The file is not a CSAF 2.0 advisory Pasban can read, so nothing was imported. Use the advisory exactly as its publisher (for example CISA) provides it.</source>
        <translation>این پرونده توصیه‌نامهٔ CSAF 2.0 خوانا برای پاسبان نیست، پس چیزی وارد نشد. توصیه‌نامه را دقیقاً همان‌گونه که ناشرش (برای نمونه CISA) منتشر کرده به کار ببرید.</translation>
    </message>
    <message>
        <source>%1 is not a CSAF 2.0 advisory Pasban can read, so nothing was imported. Use the advisory exactly as its publisher (for example CISA) provides it.</source>
        <translation>%1 توصیه‌نامهٔ CSAF 2.0 خوانا برای پاسبان نیست، پس چیزی وارد نشد. توصیه‌نامه را دقیقاً همان‌گونه که ناشرش (برای نمونه CISA) منتشر کرده به کار ببرید.</translation>
    </message>
    <message>
        <source>%1 is larger than an advisory can be (%2 bytes), so nothing was imported.</source>
        <translation>%1 از بیشترین اندازهٔ مجاز یک توصیه‌نامه (%2 بایت) بزرگ‌تر است، پس چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1 could not be read, so nothing was imported. Check that it exists and that you may read it.</source>
        <translation>%1 خوانده نشد، پس چیزی وارد نشد. بررسی کنید که وجود دارد و اجازهٔ خواندنش را دارید.</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-512 checksum beside it: the file was changed or damaged after it was published. Nothing was imported; download it again.</source>
        <translation>%1 با چکیدهٔ SHA-512 کنارش جور نیست: پرونده پس از انتشار تغییر کرده یا آسیب دیده است. چیزی وارد نشد؛ آن را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The checksum file beside %1 could not be read or holds no SHA-512 value, so nothing was imported.</source>
        <translation>پروندهٔ چکیدهٔ کنار %1 خوانده نشد یا مقدار SHA-512 ندارد، پس چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1 holds no advisory files (*.json), so nothing was imported.</source>
        <translation>در %1 هیچ پروندهٔ توصیه‌نامه‌ای (‪*.json‬) نیست، پس چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 advisory files, so nothing was imported. Import it in parts.</source>
        <translation>%1 بیش از %2 پروندهٔ توصیه‌نامه دارد، پس چیزی وارد نشد. آن را در چند بخش وارد کنید.</translation>
    </message>
    <message>
        <source>Advisory %1 appears twice, in %2 and in %3, so nothing was imported. Import only one of them.</source>
        <translation>توصیه‌نامهٔ %1 دو بار آمده است، در %2 و در %3، پس چیزی وارد نشد. فقط یکی را وارد کنید.</translation>
    </message>
    <message>
        <source>Accepting a risk needs a reason that says why the risk is acceptable and what compensates for it.</source>
        <translation>پذیرش ریسک دلیلی لازم دارد که بگوید چرا این ریسک پذیرفتنی است و چه چیزی آن را جبران می‌کند.</translation>
    </message>
    <message>
        <source>The expiry date must be after today (%2) and at most %3 days ahead; %1 is not.</source>
        <translation>تاریخ پایان باید پس از امروز (%2) و حداکثر %3 روز بعد باشد؛ %1 چنین نیست.</translation>
    </message>
    <message>
        <source>There is no device %1 in the inventory.</source>
        <translation>دستگاه %1 در فهرست اموال نیست.</translation>
    </message>
    <message>
        <source>The device %1 has no open finding %2. Evaluate the posture again and use the finding id it lists.</source>
        <translation>دستگاه %1 یافتهٔ باز %2 را ندارد. وضعیت امنیتی را دوباره ارزیابی کنید و شناسهٔ یافته‌ای را که فهرست می‌کند به کار ببرید.</translation>
    </message>
    <message>
        <source>The stored advisory %1 can no longer be read. Import it again.</source>
        <translation>توصیه‌نامهٔ ذخیره‌شدهٔ %1 دیگر خوانا نیست. آن را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Operators are set up on this console: give --operator with the name of an enabled operator whose role may import unverified packages.</source>
        <translation>در این کنسول اپراتورها تعریف شده‌اند: با ‪--operator‬ نام اپراتور فعالی را بدهید که نقشش اجازهٔ وارد کردن بسته‌های تأییدنشده را دارد.</translation>
    </message>
    <message>
        <source>The device&apos;s address does not fit the chosen link: give HOST:PORT with a numeric address for UDP, a port name for serial, or AA:BB:CC:DD:EE:FF for Bluetooth.</source>
        <translation>نشانی دستگاه با پیوند انتخاب‌شده جور نیست: برای UDP نشانی عددی به‌صورت ‪HOST:PORT‬، برای درگاه سریال نام درگاه، و برای بلوتوث نشانی‌ای مانند ‪AA:BB:CC:DD:EE:FF‬ بدهید.</translation>
    </message>
    <message>
        <source>USB devices could not be listed (libusb: %1).</source>
        <translation>فهرست دستگاه‌های USB به دست نیامد (‪libusb‬: %1).</translation>
    </message>
    <message>
        <source>A declared flow belongs either to one device or to one model, not both and not neither.</source>
        <translation>یک جریان اعلام‌شده یا به یک دستگاه تعلق دارد یا به یک مدل؛ نه هر دو و نه هیچ‌کدام.</translation>
    </message>
    <message>
        <source>Say where the data goes: the destination is empty.</source>
        <translation>بگویید داده به کجا می‌رود: مقصد خالی است.</translation>
    </message>
    <message>
        <source>A text of the declared flow is longer than %1 characters.</source>
        <translation>یکی از متن‌های جریان اعلام‌شده بیش از %1 نویسه است.</translation>
    </message>
    <message>
        <source>A declared flow lists more than %1 data types.</source>
        <translation>جریان اعلام‌شده بیش از %1 نوع داده را فهرست کرده است.</translation>
    </message>
    <message>
        <source>A data type name is empty or too long.</source>
        <translation>نام یک نوع داده خالی یا بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>A declared flow names an endpoint, transport, encryption or source Pasban does not know.</source>
        <translation>جریان اعلام‌شده مقصد، روش انتقال، رمزنگاری یا منبعی را نام برده که پاسبان نمی‌شناسد.</translation>
    </message>
    <message>
        <source>A stored flow declaration is damaged (declaration %1).</source>
        <translation>یک جریان اعلام‌شدهٔ ذخیره‌شده آسیب دیده است (اعلام %1).</translation>
    </message>
    <message>
        <source>The console already holds %1 declared flows.</source>
        <translation>کنسول هم‌اکنون %1 جریان اعلام‌شده دارد.</translation>
    </message>
    <message>
        <source>There is no declared flow %1.</source>
        <translation>جریان اعلام‌شدهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The diagram could not be written to %1: %2</source>
        <translation>نمودار در %1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>گزارش در %1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>This console has operator accounts: give ‪--operator NAME --password-file FILE‬ to run this command.</source>
        <translation>این کنسول حساب کاربری دارد: برای اجرای این فرمان ‪--operator NAME --password-file FILE‬ را بدهید.</translation>
    </message>
    <message>
        <source>No operator exists yet. Create the first clinical engineer with ‪operator init‬.</source>
        <translation>هنوز هیچ کاربری وجود ندارد. نخستین مهندس بالینی را با ‪operator init‬ بسازید.</translation>
    </message>
    <message>
        <source>Operators already exist; a clinical engineer adds new ones with ‪operator add‬.</source>
        <translation>کاربران از پیش وجود دارند؛ کاربران تازه را یک مهندس بالینی با ‪operator add‬ می‌افزاید.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read. Check its name and permissions.</source>
        <translation>پروندهٔ گذرواژهٔ %1 خوانده نمی‌شود. نام و مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>This action needs a second clinical engineer&apos;s approval: give ‪--approver NAME --approver-password-file FILE‬.</source>
        <translation>این کار به تأیید یک مهندس بالینی دیگر نیاز دارد: ‪--approver NAME --approver-password-file FILE‬ را بدهید.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged: an entry cannot be read as the archive describes it.</source>
        <translation>بایگانی ZIP آسیب دیده است: یکی از اقلام آن را نمی‌توان آن‌گونه که بایگانی توصیف می‌کند خواند.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive.</source>
        <translation>این فایل بایگانی ZIP نیست.</translation>
    </message>
    <message>
        <source>The ZIP archive uses a feature Pasban does not read (ZIP64, several disks, encryption, or a compression other than stored and deflate).</source>
        <translation>بایگانی ZIP از قابلیتی استفاده می‌کند که پاسبان آن را نمی‌خواند (ZIP64، چند دیسک، رمزگذاری، یا فشرده‌سازی‌ای جز ‪stored‬ و ‪deflate‬).</translation>
    </message>
    <message>
        <source>The ZIP archive holds an entry whose name could point outside a folder (an absolute path, .., a drive letter or a control character): %1</source>
        <translation>بایگانی ZIP قلمی دارد که نامش می‌تواند به بیرون از پوشه اشاره کند (مسیر مطلق، ‪..‬، حرف درایو یا نویسهٔ کنترلی): %1</translation>
    </message>
    <message>
        <source>The ZIP archive holds more than %1 entries.</source>
        <translation>بایگانی ZIP بیش از %1 قلم دارد.</translation>
    </message>
    <message>
        <source>An entry&apos;s name in the ZIP archive is longer than %1 characters.</source>
        <translation>نام یکی از اقلام بایگانی ZIP بیش از %1 نویسه است.</translation>
    </message>
    <message>
        <source>The ZIP archive holds two entries named %1.</source>
        <translation>بایگانی ZIP دو قلم با نام %1 دارد.</translation>
    </message>
    <message>
        <source>An entry in the ZIP archive is larger than %1 bytes.</source>
        <translation>یکی از اقلام بایگانی ZIP بزرگ‌تر از %1 بایت است.</translation>
    </message>
    <message>
        <source>The entries of the ZIP archive together are larger than %1 bytes.</source>
        <translation>اقلام بایگانی ZIP روی هم بزرگ‌تر از %1 بایت‌اند.</translation>
    </message>
    <message>
        <source>An entry in the ZIP archive expands more than %1 times: it looks like a ZIP bomb.</source>
        <translation>یکی از اقلام بایگانی ZIP با بازکردن بیش از %1 برابر بزرگ می‌شود: به بمب ZIP می‌ماند.</translation>
    </message>
    <message>
        <source>An entry in the ZIP archive does not match its checksum: the file is damaged.</source>
        <translation>یکی از اقلام بایگانی ZIP با مجموع آزمایشی‌اش نمی‌خواند: فایل آسیب دیده است.</translation>
    </message>
    <message>
        <source>The DFU package&apos;s manifest.json is not the nRF Connect SDK&apos;s format.</source>
        <translation>فایل ‪manifest.json‬ بستهٔ DFU در قالب ‪nRF Connect SDK‬ نیست.</translation>
    </message>
    <message>
        <source>The ZIP file has no manifest.json: it is not a Nordic DFU package.</source>
        <translation>فایل ZIP فاقد ‪manifest.json‬ است: بستهٔ DFU نوردیک نیست.</translation>
    </message>
    <message>
        <source>This DFU package is for the nRF5 SDK&apos;s bootloader, not an MCUboot image from the nRF Connect SDK.</source>
        <translation>این بستهٔ DFU برای راه‌انداز ‪nRF5 SDK‬ است، نه تصویر MCUboot از ‪nRF Connect SDK‬.</translation>
    </message>
    <message>
        <source>The DFU package holds %1 images (for several cores or bootloader stages); Pasban imports a DFU package with a single application image only, so that an update is never split.</source>
        <translation>بستهٔ DFU دارای %1 تصویر است (برای چند هسته یا چند مرحلهٔ راه‌انداز)؛ پاسبان تنها بستهٔ DFU با یک تصویر برنامه را وارد می‌کند تا هیچ به‌روزرسانی‌ای تکه‌تکه نشود.</translation>
    </message>
    <message>
        <source>The DFU package&apos;s manifest names no application image.</source>
        <translation>مانیفست بستهٔ DFU هیچ تصویر برنامه‌ای را نام نمی‌برد.</translation>
    </message>
    <message>
        <source>The DFU package&apos;s manifest names an image the ZIP file does not hold: %1</source>
        <translation>مانیفست بستهٔ DFU تصویری را نام می‌برد که در فایل ZIP نیست: %1</translation>
    </message>
    <message>
        <source>The image in the DFU package is not the size its manifest states.</source>
        <translation>اندازهٔ تصویر درون بستهٔ DFU با اندازه‌ای که مانیفستش می‌گوید یکی نیست.</translation>
    </message>
    <message>
        <source>The image in the DFU package is not the version its manifest states.</source>
        <translation>نسخهٔ تصویر درون بستهٔ DFU با نسخه‌ای که مانیفستش می‌گوید یکی نیست.</translation>
    </message>
    <message>
        <source>Nothing on %1 answered an SMP echo: it is not an SMP (mcumgr) device, or its firmware does not listen for device management on this port. Check the port name and that the device is running.</source>
        <translation>هیچ چیز روی %1 به پژواک SMP پاسخ نداد: این دستگاه SMP (‪mcumgr‬) نیست، یا میان‌افزار آن روی این درگاه به فرمان‌های مدیریت دستگاه گوش نمی‌دهد. نام درگاه را بررسی کنید و مطمئن شوید دستگاه روشن است و کار می‌کند.</translation>
    </message>
    <message>
        <source>The device on %1 answered the echo but not the request for its management buffer parameters. It may be busy or resetting: try again.</source>
        <translation>دستگاه روی %1 به پژواک پاسخ داد اما به درخواست پارامترهای بافر مدیریت پاسخ نداد. ممکن است مشغول باشد یا در حال راه‌اندازی دوباره: دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The device on %1 answered the echo but not the request for its OS and application information. It may be busy or resetting: try again.</source>
        <translation>دستگاه روی %1 به پژواک پاسخ داد اما به درخواست اطلاعات سیستم‌عامل و برنامه پاسخ نداد. ممکن است مشغول باشد یا در حال راه‌اندازی دوباره: دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The device on %1 answered the echo but not the request for its bootloader information. It may be busy or resetting: try again.</source>
        <translation>دستگاه روی %1 به پژواک پاسخ داد اما به درخواست اطلاعات بوت‌لودر پاسخ نداد. ممکن است مشغول باشد یا در حال راه‌اندازی دوباره: دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The device on %1 answered the echo but not the request for its image list. It may be busy or resetting: try again.</source>
        <translation>دستگاه روی %1 به پژواک پاسخ داد اما به درخواست فهرست ایمیج‌ها پاسخ نداد. ممکن است مشغول باشد یا در حال راه‌اندازی دوباره: دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>pasban::audit::Action</name>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>اجرا</translation>
    </message>
</context>
<context>
    <name>pasban::audit::EventType</name>
    <message>
        <source>Application Activity</source>
        <translation>فعالیت برنامه</translation>
    </message>
    <message>
        <source>Audit Log Used</source>
        <translation>استفاده از گزارش ممیزی</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>پرس‌وجو</translation>
    </message>
    <message>
        <source>Security Alert</source>
        <translation>هشدار امنیتی</translation>
    </message>
    <message>
        <source>User Authentication</source>
        <translation>احراز هویت کاربر</translation>
    </message>
    <message>
        <source>Application Start</source>
        <translation>آغاز برنامه</translation>
    </message>
    <message>
        <source>Application Stop</source>
        <translation>پایان برنامه</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Node Authentication</source>
        <translation>احراز هویت گره</translation>
    </message>
    <message>
        <source>Emergency Override Started</source>
        <translation>آغاز دسترسی اضطراری</translation>
    </message>
    <message>
        <source>Network Configuration</source>
        <translation>پیکربندی شبکه</translation>
    </message>
    <message>
        <source>Security Configuration</source>
        <translation>پیکربندی امنیتی</translation>
    </message>
    <message>
        <source>Hardware Configuration</source>
        <translation>پیکربندی سخت‌افزار</translation>
    </message>
    <message>
        <source>Software Configuration</source>
        <translation>پیکربندی نرم‌افزار</translation>
    </message>
    <message>
        <source>Use of Restricted Function</source>
        <translation>استفاده از کارکرد محدود</translation>
    </message>
    <message>
        <source>Audit Recording Stopped</source>
        <translation>توقف ثبت ممیزی</translation>
    </message>
    <message>
        <source>Audit Recording Started</source>
        <translation>آغاز ثبت ممیزی</translation>
    </message>
    <message>
        <source>Object Security Attributes Changed</source>
        <translation>تغییر ویژگی‌های امنیتی شیء</translation>
    </message>
    <message>
        <source>Security Roles Changed</source>
        <translation>تغییر نقش‌های امنیتی</translation>
    </message>
    <message>
        <source>User Security Attributes Changed</source>
        <translation>تغییر ویژگی‌های امنیتی کاربر</translation>
    </message>
    <message>
        <source>Emergency Override Stopped</source>
        <translation>پایان دسترسی اضطراری</translation>
    </message>
    <message>
        <source>Remote Service Operation Started</source>
        <translation>آغاز عملیات خدمات از راه دور</translation>
    </message>
    <message>
        <source>Remote Service Operation Stopped</source>
        <translation>پایان عملیات خدمات از راه دور</translation>
    </message>
</context>
<context>
    <name>pasban::audit::Outcome</name>
    <message>
        <source>Success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Minor failure</source>
        <translation>شکست جزئی</translation>
    </message>
    <message>
        <source>Serious failure</source>
        <translation>شکست جدی</translation>
    </message>
    <message>
        <source>Major failure</source>
        <translation>شکست عمده</translation>
    </message>
</context>
<context>
    <name>pasban::audit::VerifyReport</name>
    <message>
        <source>The audit log holds no events.</source>
        <translation>گزارش ممیزی هیچ رویدادی ندارد.</translation>
    </message>
    <message>
        <source>Intact up to event %1, anchored at checkpoint %2.</source>
        <translation>تا رویداد %1 دست‌نخورده است و در نقطهٔ بازبینی %2 لنگر شده است.</translation>
    </message>
    <message>
        <source>Intact up to event %1.</source>
        <translation>تا رویداد %1 دست‌نخورده است.</translation>
    </message>
    <message>
        <source>No checkpoint of this log is kept outside the database, so events %1–%2 are not anchored: a cut-off tail or an older copy of the database would not be noticed.</source>
        <translation>هیچ نقطهٔ بازبینی از این گزارش بیرون از پایگاه داده نگه داشته نمی‌شود، پس رویدادهای %1 تا %2 لنگر نشده‌اند: بریده شدن انتهای گزارش یا جایگزینی با رونوشتی قدیمی‌تر دیده نمی‌شود.</translation>
    </message>
    <message>
        <source>Events %1–%2 after the last anchored checkpoint are not anchored.</source>
        <translation>رویدادهای %1 تا %2 پس از آخرین نقطهٔ بازبینی لنگرشده، لنگر نشده‌اند.</translation>
    </message>
    <message>
        <source>Event %1 is missing (sequence gap).</source>
        <translation>رویداد %1 وجود ندارد (شکاف در ترتیب).</translation>
    </message>
    <message>
        <source>Event %1 is missing: a row in its place carries an impossible event number (rows out of order).</source>
        <translation>رویداد %1 وجود ندارد: ردیفی که جای آن است شمارهٔ رویداد ناممکنی دارد (ردیف‌ها جابه‌جا شده‌اند).</translation>
    </message>
    <message>
        <source>Event %1: the row&apos;s content does not match its chain link (the row was changed or forged).</source>
        <translation>رویداد %1: محتوای ردیف با حلقهٔ زنجیره‌اش نمی‌خواند (ردیف تغییر کرده یا جعلی است).</translation>
    </message>
    <message>
        <source>Event %1: the row holds event %2 (rows out of order).</source>
        <translation>رویداد %1: ردیف، رویداد %2 را در خود دارد (ردیف‌ها جابه‌جا شده‌اند).</translation>
    </message>
    <message>
        <source>Event %1 names key %2, which this log does not have (key id unknown).</source>
        <translation>رویداد %1 از کلید %2 نام می‌برد که این گزارش ندارد (شناسهٔ کلید ناشناخته).</translation>
    </message>
    <message>
        <source>Event %1 is sealed with key %2, whose record cannot be unlocked (the key record was changed).</source>
        <translation>رویداد %1 با کلید %2 مهر شده است که رکوردش باز نمی‌شود (رکورد کلید تغییر کرده است).</translation>
    </message>
    <message>
        <source>Event %1 is sealed with key %2, which was not the log&apos;s key for that event (it was re-sealed under another key).</source>
        <translation>رویداد %1 با کلید %2 مهر شده است که کلید گزارش برای آن رویداد نبود (با کلید دیگری دوباره مهر شده است).</translation>
    </message>
    <message>
        <source>Checkpoint %1 is missing (checkpoints were removed).</source>
        <translation>نقطهٔ بازبینی %1 وجود ندارد (نقطه‌های بازبینی پاک شده‌اند).</translation>
    </message>
    <message>
        <source>Checkpoint %1 (event %2): the signature is not valid.</source>
        <translation>نقطهٔ بازبینی %1 (رویداد %2): امضا معتبر نیست.</translation>
    </message>
    <message>
        <source>Checkpoint %1 does not match the chain at event %2.</source>
        <translation>نقطهٔ بازبینی %1 با زنجیره در رویداد %2 نمی‌خواند.</translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: checkpoint %3 records event %2, but the log ends at event %4 (the tail was cut off).</source>
        <translation>رویدادهای %1 تا %2 وجود ندارند: نقطهٔ بازبینی %3 رویداد %2 را ثبت کرده، اما گزارش در رویداد %4 پایان می‌یابد (انتهای گزارش بریده شده است).</translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: the checkpoint kept outside the database records event %2, but the log ends at event %3 (the tail was cut off or an older copy of the database was put back).</source>
        <translation>رویدادهای %1 تا %2 وجود ندارند: نقطهٔ بازبینی بیرون از پایگاه داده رویداد %2 را ثبت کرده، اما گزارش در رویداد %3 پایان می‌یابد (انتهای گزارش بریده شده یا رونوشت قدیمی‌تری جایگزین شده است).</translation>
    </message>
    <message>
        <source>Event %1 does not match the checkpoint kept outside the database: the database was replaced by another copy.</source>
        <translation>رویداد %1 با نقطهٔ بازبینی بیرون از پایگاه داده نمی‌خواند: پایگاه داده با رونوشت دیگری جایگزین شده است.</translation>
    </message>
    <message>
        <source>The checkpoint kept outside the database is not valid: it was damaged or forged.</source>
        <translation>نقطهٔ بازبینی بیرون از پایگاه داده معتبر نیست: آسیب دیده یا جعلی است.</translation>
    </message>
    <message>
        <source>The checkpoint kept outside the database belongs to another audit log: this database is not the log it records.</source>
        <translation>نقطهٔ بازبینی بیرون از پایگاه داده از آنِ گزارش ممیزی دیگری است: این پایگاه داده همان گزارشی نیست که ثبت کرده است.</translation>
    </message>
</context>
<context>
    <name>pasban::audit::forward::SyslogForwarder</name>
    <message>
        <source>Forwarding: off</source>
        <translation>ارسال: خاموش</translation>
    </message>
    <message numerus="yes">
        <source>Forwarding: disconnected, %n waiting</source>
        <extracomment>%n events are waiting to be sent to the central log server</extracomment>
        <translation>
            <numerusform>ارسال: قطع، %n در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding: connecting</source>
        <translation>ارسال: در حال اتصال</translation>
    </message>
    <message numerus="yes">
        <source>Forwarding: sending, %n waiting</source>
        <translation>
            <numerusform>ارسال: در حال ارسال، %n در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding: up to date</source>
        <translation>ارسال: به‌روز</translation>
    </message>
    <message>
        <source>Forwarding: error</source>
        <translation>ارسال: خطا</translation>
    </message>
</context>
<context>
    <name>pasban::discovery</name>
    <message>
        <source>Listening for measurements</source>
        <translation>در حال شنیدن اندازه‌گیری‌ها</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>در حال اتصال</translation>
    </message>
    <message>
        <source>Discovering services</source>
        <translation>در حال کشف سرویس‌ها</translation>
    </message>
    <message>
        <source>Reading service details</source>
        <translation>در حال خواندن جزئیات سرویس‌ها</translation>
    </message>
    <message>
        <source>Reading device information</source>
        <translation>در حال خواندن اطلاعات دستگاه</translation>
    </message>
    <message>
        <source>Testing protection of health data</source>
        <translation>در حال آزمودن محافظت از داده‌های سلامت</translation>
    </message>
    <message>
        <source>Testing firmware update access</source>
        <translation>در حال آزمودن دسترسی به‌روزرسانی میان‌افزار</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>در حال قطع اتصال</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Heart-rate monitor</source>
        <translation>پایشگر ضربان قلب</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>دماسنج</translation>
    </message>
    <message>
        <source>Blood pressure monitor</source>
        <translation>فشارسنج</translation>
    </message>
    <message>
        <source>Glucose meter</source>
        <translation>قندسنج</translation>
    </message>
    <message>
        <source>Pulse oximeter</source>
        <translation>پالس‌اکسیمتر</translation>
    </message>
    <message>
        <source>Continuous glucose monitor</source>
        <translation>پایشگر پیوستهٔ قند خون</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>ترازو</translation>
    </message>
    <message>
        <source>Insulin pump</source>
        <translation>پمپ انسولین</translation>
    </message>
    <message>
        <source>Generic health sensor</source>
        <translation>حسگر سلامت عمومی</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Random static</source>
        <translation>تصادفی ثابت</translation>
    </message>
    <message>
        <source>Resolvable private</source>
        <translation>خصوصی قابل‌تفکیک</translation>
    </message>
    <message>
        <source>Non-resolvable private</source>
        <translation>خصوصی غیرقابل‌تفکیک</translation>
    </message>
    <message>
        <source>Reading Device Information</source>
        <translation>در حال خواندن اطلاعات دستگاه</translation>
    </message>
    <message>
        <source>Listening to measurements</source>
        <translation>در حال شنیدن اندازه‌گیری‌ها</translation>
    </message>
    <message>
        <source>No Bluetooth adapter</source>
        <translation>بدون آداپتور بلوتوث</translation>
    </message>
    <message>
        <source>Bluetooth is off</source>
        <translation>بلوتوث خاموش است</translation>
    </message>
    <message>
        <source>No permission to use Bluetooth</source>
        <translation>اجازهٔ استفاده از بلوتوث نیست</translation>
    </message>
    <message>
        <source>Bluetooth ready</source>
        <translation>بلوتوث آماده است</translation>
    </message>
    <message>
        <source>Bluetooth state unknown</source>
        <translation>وضعیت بلوتوث نامعلوم است</translation>
    </message>
    <message>
        <source>Open without pairing</source>
        <translation>باز بدون جفت‌سازی</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>محافظت‌شده</translation>
    </message>
    <message>
        <source>Could not be tested</source>
        <translation>آزمودنی نبود</translation>
    </message>
    <message>
        <source>This computer has no Bluetooth adapter, or the Bluetooth service is not running. Plug in a Bluetooth adapter or start the Bluetooth service, then scan again.</source>
        <translation>این رایانه آداپتور بلوتوث ندارد یا سرویس بلوتوث در حال اجرا نیست. یک آداپتور بلوتوث وصل کنید یا سرویس بلوتوث را راه‌اندازی کنید، سپس دوباره پویش کنید.</translation>
    </message>
    <message>
        <source>Bluetooth is switched off. Switch it on in the system settings, then scan again.</source>
        <translation>بلوتوث خاموش است. آن را در تنظیمات سیستم روشن کنید، سپس دوباره پویش کنید.</translation>
    </message>
    <message>
        <source>Pasban is not allowed to use Bluetooth. Allow it in the system&apos;s privacy settings, then scan again.</source>
        <translation>پاسبان اجازهٔ استفاده از بلوتوث را ندارد. در تنظیمات حریم خصوصی سیستم اجازه دهید، سپس دوباره پویش کنید.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter has not been checked yet.</source>
        <translation>آداپتور بلوتوث هنوز بررسی نشده است.</translation>
    </message>
    <message>
        <source>The system did not let Pasban open this device, so some of its details may be missing. Install the Pasban udev rule (70-pasban-usb.rules, part of the .deb package) and plug the device in again.</source>
        <translation>سیستم اجازه نداد پاسبان این دستگاه را باز کند، بنابراین ممکن است برخی از جزئیات آن در دسترس نباشد. قاعده ‪udev‬ پاسبان (‪70-pasban-usb.rules‬، بخشی از بسته ‪.deb‬) را نصب کنید و دستگاه را دوباره وصل کنید.</translation>
    </message>
    <message>
        <source>Windows did not let Pasban open this device, so some of its details may be missing. The device needs the WinUSB driver for Pasban to read it directly.</source>
        <translation>ویندوز اجازه نداد پاسبان این دستگاه را باز کند، بنابراین ممکن است برخی از جزئیات آن در دسترس نباشد. برای آنکه پاسبان بتواند دستگاه را مستقیماً بخواند، دستگاه به راه‌انداز ‪WinUSB‬ نیاز دارد.</translation>
    </message>
    <message>
        <source>The system did not let Pasban open this device, so some of its details may be missing. Check the permissions for USB devices.</source>
        <translation>سیستم اجازه نداد پاسبان این دستگاه را باز کند، بنابراین ممکن است برخی از جزئیات آن در دسترس نباشد. مجوزهای دسترسی به دستگاه‌های USB را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>pasban::firmware::Check</name>
    <message>
        <source>Vendor signature and certificate chain</source>
        <translation>امضای سازنده و زنجیرهٔ گواهی</translation>
    </message>
    <message>
        <source>Signers not revoked in this console</source>
        <translation>امضاکنندگان در این کنسول باطل نشده‌اند</translation>
    </message>
    <message>
        <source>Hospital approval</source>
        <translation>تأیید بیمارستان</translation>
    </message>
    <message>
        <source>Package validity period</source>
        <translation>دورهٔ اعتبار بسته</translation>
    </message>
    <message>
        <source>Console version</source>
        <translation>نسخهٔ کنسول</translation>
    </message>
    <message>
        <source>Device model and hardware</source>
        <translation>مدل و سخت‌افزار دستگاه</translation>
    </message>
    <message>
        <source>File checksums</source>
        <translation>چکیدهٔ پرونده‌ها</translation>
    </message>
    <message>
        <source>MCUboot images and their signatures</source>
        <translation>تصویرهای ‪MCUboot‬ و امضای آن‌ها</translation>
    </message>
    <message>
        <source>Not signed with a development key</source>
        <translation>امضانشده با کلید توسعه</translation>
    </message>
    <message>
        <source>No downgrade</source>
        <translation>بدون بازگشت به نسخهٔ قدیمی‌تر</translation>
    </message>
    <message>
        <source>Not already installed</source>
        <translation>از پیش نصب نشده</translation>
    </message>
</context>
<context>
    <name>pasban::flows</name>
    <message>
        <source>Heart rate</source>
        <translation>ضربان قلب</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>فشار خون</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>دما</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>قند خون</translation>
    </message>
    <message>
        <source>Continuous glucose</source>
        <translation>پایش پیوستهٔ قند</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Insulin delivery</source>
        <translation>تزریق انسولین</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>دادهٔ سلامت</translation>
    </message>
    <message>
        <source>Device management</source>
        <translation>مدیریت دستگاه</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>همین کنسول</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Phone app</source>
        <translation>برنامهٔ تلفن همراه</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>پروندهٔ الکترونیک سلامت</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>سرویس ابری</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Bluetooth LE</source>
        <translation>بلوتوث کم‌مصرف</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>وای‌فای</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>اترنت</translation>
    </message>
    <message>
        <source>Cellular</source>
        <translation>شبکهٔ تلفن همراه</translation>
    </message>
    <message>
        <source>Unknown transport</source>
        <translation>روش انتقال نامعلوم</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>رمزنگاری‌شده</translation>
    </message>
    <message>
        <source>Cleartext</source>
        <translation>بدون رمزنگاری</translation>
    </message>
    <message>
        <source>Encryption unknown</source>
        <translation>رمزنگاری نامعلوم</translation>
    </message>
    <message>
        <source>MDS2 form</source>
        <translation>فرم MDS2</translation>
    </message>
    <message>
        <source>Vendor document</source>
        <translation>سند سازنده</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>بازدید میدانی</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>منبع دیگر</translation>
    </message>
    <message>
        <source>Verified encrypted</source>
        <translation>رمزنگاری‌شده (تأییدشده)</translation>
    </message>
    <message>
        <source>Verified cleartext</source>
        <translation>بدون رمزنگاری (تأییدشده)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>اعلام‌شده</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>pasban::health</name>
    <message>
        <source>The device&apos;s clock is not set; the time shown may be wrong.</source>
        <translation>ساعت دستگاه تنظیم نشده است؛ شاید زمان نشان‌داده‌شده نادرست باشد.</translation>
    </message>
    <message>
        <source>Body movement during the measurement</source>
        <translation>حرکت بدن هنگام اندازه‌گیری</translation>
    </message>
    <message>
        <source>Cuff fit too loose</source>
        <translation>کاف بیش از اندازه شل است</translation>
    </message>
    <message>
        <source>Irregular pulse detected</source>
        <translation>نبض نامنظم تشخیص داده شد</translation>
    </message>
    <message>
        <source>Improper measurement position</source>
        <translation>وضعیت نادرست اندازه‌گیری</translation>
    </message>
    <message>
        <source>Device battery low</source>
        <translation>باتری دستگاه ضعیف است</translation>
    </message>
    <message>
        <source>Sensor malfunction</source>
        <translation>نقص حسگر</translation>
    </message>
    <message>
        <source>Sample size insufficient</source>
        <translation>حجم نمونه ناکافی است</translation>
    </message>
    <message>
        <source>Strip insertion error</source>
        <translation>خطا در قرار دادن نوار</translation>
    </message>
    <message>
        <source>Strip type incorrect</source>
        <translation>نوع نوار نادرست است</translation>
    </message>
    <message>
        <source>Result higher than the device can process</source>
        <translation>نتیجه بالاتر از توان پردازش دستگاه است</translation>
    </message>
    <message>
        <source>Result lower than the device can process</source>
        <translation>نتیجه پایین‌تر از توان پردازش دستگاه است</translation>
    </message>
    <message>
        <source>Sensor temperature too high</source>
        <translation>دمای حسگر بیش از حد بالاست</translation>
    </message>
    <message>
        <source>Sensor temperature too low</source>
        <translation>دمای حسگر بیش از حد پایین است</translation>
    </message>
    <message>
        <source>Sensor read interrupted (strip pulled too soon)</source>
        <translation>خواندن حسگر قطع شد (نوار زود بیرون کشیده شد)</translation>
    </message>
    <message>
        <source>General device fault</source>
        <translation>خطای کلی دستگاه</translation>
    </message>
    <message>
        <source>Time fault</source>
        <translation>خطای زمان</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>جلسه متوقف شد</translation>
    </message>
    <message>
        <source>Sensor type incorrect for the device</source>
        <translation>نوع حسگر برای این دستگاه نادرست است</translation>
    </message>
    <message>
        <source>Device-specific alert</source>
        <translation>هشدار ویژهٔ دستگاه</translation>
    </message>
    <message>
        <source>Time synchronization required</source>
        <translation>همگام‌سازی زمان لازم است</translation>
    </message>
    <message>
        <source>Calibration not allowed</source>
        <translation>واسنجی مجاز نیست</translation>
    </message>
    <message>
        <source>Calibration recommended</source>
        <translation>واسنجی توصیه می‌شود</translation>
    </message>
    <message>
        <source>Calibration required</source>
        <translation>واسنجی لازم است</translation>
    </message>
    <message>
        <source>Result below the patient&apos;s low level</source>
        <translation>نتیجه پایین‌تر از حد پایین بیمار است</translation>
    </message>
    <message>
        <source>Result above the patient&apos;s high level</source>
        <translation>نتیجه بالاتر از حد بالای بیمار است</translation>
    </message>
    <message>
        <source>Result below the hypo level</source>
        <translation>نتیجه پایین‌تر از حد افت قند است</translation>
    </message>
    <message>
        <source>Result above the hyper level</source>
        <translation>نتیجه بالاتر از حد افزایش قند است</translation>
    </message>
    <message>
        <source>Rate of decrease exceeded</source>
        <translation>آهنگ کاهش از حد گذشت</translation>
    </message>
    <message>
        <source>Rate of increase exceeded</source>
        <translation>آهنگ افزایش از حد گذشت</translation>
    </message>
    <message>
        <source>Measurement ongoing</source>
        <translation>اندازه‌گیری در جریان است</translation>
    </message>
    <message>
        <source>Early estimated data</source>
        <translation>داده‌های برآوردی اولیه</translation>
    </message>
    <message>
        <source>Validated data</source>
        <translation>داده‌های اعتبارسنجی‌شده</translation>
    </message>
    <message>
        <source>Fully qualified data</source>
        <translation>داده‌های کاملاً تأییدشده</translation>
    </message>
    <message>
        <source>Data from measurement storage</source>
        <translation>داده‌ها از حافظهٔ اندازه‌گیری</translation>
    </message>
    <message>
        <source>Data for demonstration, not from a patient</source>
        <translation>داده‌های نمایشی، نه از بیمار</translation>
    </message>
    <message>
        <source>Data for testing, not from a patient</source>
        <translation>داده‌های آزمایشی، نه از بیمار</translation>
    </message>
    <message>
        <source>Calibration ongoing</source>
        <translation>واسنجی در جریان است</translation>
    </message>
    <message>
        <source>Measurement unavailable</source>
        <translation>اندازه‌گیری در دسترس نیست</translation>
    </message>
    <message>
        <source>Questionable measurement detected</source>
        <translation>اندازه‌گیری مشکوک تشخیص داده شد</translation>
    </message>
    <message>
        <source>Invalid measurement detected</source>
        <translation>اندازه‌گیری نامعتبر تشخیص داده شد</translation>
    </message>
    <message>
        <source>Extended display update ongoing</source>
        <translation>به‌روزرسانی گستردهٔ نمایش در جریان است</translation>
    </message>
    <message>
        <source>Equipment malfunction detected</source>
        <translation>نقص تجهیزات تشخیص داده شد</translation>
    </message>
    <message>
        <source>Signal processing irregularity detected</source>
        <translation>بی‌نظمی در پردازش سیگنال تشخیص داده شد</translation>
    </message>
    <message>
        <source>Inadequate signal detected</source>
        <translation>سیگنال ناکافی تشخیص داده شد</translation>
    </message>
    <message>
        <source>Poor signal detected</source>
        <translation>سیگنال ضعیف تشخیص داده شد</translation>
    </message>
    <message>
        <source>Low perfusion detected</source>
        <translation>خون‌رسانی کم تشخیص داده شد</translation>
    </message>
    <message>
        <source>Erratic signal detected</source>
        <translation>سیگنال نامنظم تشخیص داده شد</translation>
    </message>
    <message>
        <source>Nonpulsatile signal detected</source>
        <translation>سیگنال بدون ضربان تشخیص داده شد</translation>
    </message>
    <message>
        <source>Questionable pulse detected</source>
        <translation>نبض مشکوک تشخیص داده شد</translation>
    </message>
    <message>
        <source>Signal analysis ongoing</source>
        <translation>تحلیل سیگنال در جریان است</translation>
    </message>
    <message>
        <source>Sensor interference detected</source>
        <translation>تداخل حسگر تشخیص داده شد</translation>
    </message>
    <message>
        <source>Sensor not connected to the patient</source>
        <translation>حسگر به بیمار وصل نیست</translation>
    </message>
    <message>
        <source>Unknown sensor connected</source>
        <translation>حسگر ناشناخته وصل است</translation>
    </message>
    <message>
        <source>Sensor displaced</source>
        <translation>حسگر جابه‌جا شده است</translation>
    </message>
    <message>
        <source>Sensor malfunctioning</source>
        <translation>حسگر درست کار نمی‌کند</translation>
    </message>
    <message>
        <source>Sensor disconnected</source>
        <translation>حسگر جدا شده است</translation>
    </message>
    <message>
        <source>Taken at the armpit</source>
        <translation>از زیر بغل گرفته شد</translation>
    </message>
    <message>
        <source>Taken on the body (general)</source>
        <translation>از بدن گرفته شد (عمومی)</translation>
    </message>
    <message>
        <source>Taken at the ear</source>
        <translation>از گوش گرفته شد</translation>
    </message>
    <message>
        <source>Taken at the finger</source>
        <translation>از انگشت گرفته شد</translation>
    </message>
    <message>
        <source>Taken in the gastrointestinal tract</source>
        <translation>از دستگاه گوارش گرفته شد</translation>
    </message>
    <message>
        <source>Taken in the mouth</source>
        <translation>از دهان گرفته شد</translation>
    </message>
    <message>
        <source>Taken in the rectum</source>
        <translation>از راست‌روده گرفته شد</translation>
    </message>
    <message>
        <source>Taken at the toe</source>
        <translation>از انگشت پا گرفته شد</translation>
    </message>
    <message>
        <source>Taken at the eardrum</source>
        <translation>از پردهٔ گوش گرفته شد</translation>
    </message>
    <message>
        <source>Sample: capillary whole blood</source>
        <translation>نمونه: خون کامل مویرگی</translation>
    </message>
    <message>
        <source>Sample: capillary plasma</source>
        <translation>نمونه: پلاسمای مویرگی</translation>
    </message>
    <message>
        <source>Sample: venous whole blood</source>
        <translation>نمونه: خون کامل سیاهرگی</translation>
    </message>
    <message>
        <source>Sample: venous plasma</source>
        <translation>نمونه: پلاسمای سیاهرگی</translation>
    </message>
    <message>
        <source>Sample: arterial whole blood</source>
        <translation>نمونه: خون کامل سرخرگی</translation>
    </message>
    <message>
        <source>Sample: arterial plasma</source>
        <translation>نمونه: پلاسمای سرخرگی</translation>
    </message>
    <message>
        <source>Sample: undetermined whole blood</source>
        <translation>نمونه: خون کامل نامشخص</translation>
    </message>
    <message>
        <source>Sample: undetermined plasma</source>
        <translation>نمونه: پلاسمای نامشخص</translation>
    </message>
    <message>
        <source>Sample: interstitial fluid</source>
        <translation>نمونه: مایع میان‌بافتی</translation>
    </message>
    <message>
        <source>Sample: control solution, not from a patient</source>
        <translation>نمونه: محلول کنترل، نه از بیمار</translation>
    </message>
    <message>
        <source>Sample site: finger</source>
        <translation>محل نمونه: انگشت</translation>
    </message>
    <message>
        <source>Sample site: alternate site test</source>
        <translation>محل نمونه: آزمون در محل جایگزین</translation>
    </message>
    <message>
        <source>Sample site: earlobe</source>
        <translation>محل نمونه: نرمهٔ گوش</translation>
    </message>
    <message>
        <source>Sample site: control solution</source>
        <translation>محل نمونه: محلول کنترل</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>ضربان قلب</translation>
    </message>
    <message>
        <source>Energy expended</source>
        <translation>انرژی مصرف‌شده</translation>
    </message>
    <message>
        <source>RR interval</source>
        <translation>فاصلهٔ ‪RR‬</translation>
    </message>
    <message>
        <source>Sensor not in contact with the skin</source>
        <translation>حسگر با پوست تماس ندارد</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>دما</translation>
    </message>
    <message>
        <source>Cuff pressure</source>
        <translation>فشار کاف</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>سیستولیک</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>دیاستولیک</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>فشار متوسط سرخرگی</translation>
    </message>
    <message>
        <source>Pulse rate</source>
        <translation>تعداد نبض</translation>
    </message>
    <message>
        <source>Pulse rate above the upper limit</source>
        <translation>تعداد نبض بالاتر از حد بالا</translation>
    </message>
    <message>
        <source>Pulse rate below the lower limit</source>
        <translation>تعداد نبض پایین‌تر از حد پایین</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>قند خون</translation>
    </message>
    <message>
        <source>Time offset</source>
        <translation>اختلاف زمانی</translation>
    </message>
    <message>
        <source>Glucose trend</source>
        <translation>روند قند خون</translation>
    </message>
    <message>
        <source>Glucose quality</source>
        <translation>کیفیت اندازهٔ قند</translation>
    </message>
    <message>
        <source>Pulse amplitude index</source>
        <translation>شاخص دامنهٔ نبض</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>اشباع اکسیژن (‪SpO2‬)</translation>
    </message>
    <message>
        <source>SpO2 (fast)</source>
        <translation>اشباع اکسیژن (سریع)</translation>
    </message>
    <message>
        <source>Pulse rate (fast)</source>
        <translation>تعداد نبض (سریع)</translation>
    </message>
    <message>
        <source>SpO2 (slow)</source>
        <translation>اشباع اکسیژن (کند)</translation>
    </message>
    <message>
        <source>Pulse rate (slow)</source>
        <translation>تعداد نبض (کند)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>نمایهٔ تودهٔ بدن</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>قد</translation>
    </message>
    <message>
        <source>Heart rate measurement</source>
        <translation>اندازه‌گیری ضربان قلب</translation>
    </message>
    <message>
        <source>Temperature measurement</source>
        <translation>اندازه‌گیری دما</translation>
    </message>
    <message>
        <source>Intermediate temperature</source>
        <translation>دمای میانی</translation>
    </message>
    <message>
        <source>Blood pressure measurement</source>
        <translation>اندازه‌گیری فشار خون</translation>
    </message>
    <message>
        <source>Intermediate cuff pressure</source>
        <translation>فشار میانی کاف</translation>
    </message>
    <message>
        <source>Glucose measurement</source>
        <translation>اندازه‌گیری قند خون</translation>
    </message>
    <message>
        <source>Continuous glucose measurement</source>
        <translation>اندازه‌گیری پیوستهٔ قند خون</translation>
    </message>
    <message>
        <source>Pulse oximetry spot-check</source>
        <translation>پالس‌اکسیمتری نقطه‌ای</translation>
    </message>
    <message>
        <source>Pulse oximetry continuous</source>
        <translation>پالس‌اکسیمتری پیوسته</translation>
    </message>
    <message>
        <source>Weight measurement</source>
        <translation>اندازه‌گیری وزن</translation>
    </message>
    <message>
        <source>System ID</source>
        <translation>شناسهٔ سیستم</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>شمارهٔ مدل</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>شمارهٔ سریال</translation>
    </message>
    <message>
        <source>Firmware revision</source>
        <translation>ویرایش میان‌افزار</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>ویرایش سخت‌افزار</translation>
    </message>
    <message>
        <source>Software revision</source>
        <translation>ویرایش نرم‌افزار</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>PnP ID</source>
        <translation>شناسهٔ ‪PnP‬</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>not at this resolution</source>
        <translation>در این دقت در دسترس نیست</translation>
    </message>
    <message>
        <source>+infinity</source>
        <translation>بی‌نهایت مثبت</translation>
    </message>
    <message>
        <source>−infinity</source>
        <translation>بی‌نهایت منفی</translation>
    </message>
    <message>
        <source>reserved value</source>
        <translation>مقدار رزروشده</translation>
    </message>
    <message>
        <source>measurement unsuccessful</source>
        <translation>اندازه‌گیری ناموفق</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>bpm</source>
        <translation>ضربه در دقیقه</translation>
    </message>
    <message>
        <source>kJ</source>
        <translation>کیلوژول</translation>
    </message>
    <message>
        <source>s</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>°F</source>
        <translation>°F</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>میلی‌متر جیوه</translation>
    </message>
    <message>
        <source>kPa</source>
        <translation>کیلوپاسکال</translation>
    </message>
    <message>
        <source>kg/L</source>
        <translation>کیلوگرم بر لیتر</translation>
    </message>
    <message>
        <source>mol/L</source>
        <translation>مول بر لیتر</translation>
    </message>
    <message>
        <source>mg/dL</source>
        <translation>میلی‌گرم بر دسی‌لیتر</translation>
    </message>
    <message>
        <source>mmol/L</source>
        <translation>میلی‌مول بر لیتر</translation>
    </message>
    <message>
        <source>mg/dL/min</source>
        <translation>میلی‌گرم بر دسی‌لیتر در دقیقه</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>کیلوگرم</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>پوند</translation>
    </message>
    <message>
        <source>m</source>
        <translation>متر</translation>
    </message>
    <message>
        <source>in</source>
        <translation>اینچ</translation>
    </message>
    <message>
        <source>kg/m²</source>
        <translation>کیلوگرم بر مترمربع</translation>
    </message>
</context>
<context>
    <name>pasban::inventory::Field</name>
    <message>
        <source>Asset tag</source>
        <translation>برچسب اموال</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>شمارهٔ سریال</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>نسخهٔ میان‌افزار</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>ویرایش سخت‌افزار</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Bluetooth address</source>
        <translation>نشانی بلوتوث</translation>
    </message>
    <message>
        <source>USB vendor ID</source>
        <translation>شناسهٔ سازندهٔ ‪USB‬</translation>
    </message>
    <message>
        <source>USB product ID</source>
        <translation>شناسهٔ محصول ‪USB‬</translation>
    </message>
</context>
<context>
    <name>pasban::inventory::Import</name>
    <message>
        <source>the file</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>مدخل %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>سطر %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Where an import problem is: &quot;line 12, usbVendorId&quot;</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>pasban::operators::Permission</name>
    <message>
        <source>scan for devices</source>
        <translation>جست‌وجوی دستگاه‌ها</translation>
    </message>
    <message>
        <source>interrogate devices</source>
        <translation>پرس‌وجو از دستگاه‌ها</translation>
    </message>
    <message>
        <source>edit the inventory</source>
        <translation>ویرایش فهرست دارایی‌ها</translation>
    </message>
    <message>
        <source>import an inventory</source>
        <translation>وارد کردن فهرست دارایی‌ها</translation>
    </message>
    <message>
        <source>push an approved firmware package</source>
        <translation>ارسال بستهٔ سفت‌افزار تأییدشده</translation>
    </message>
    <message>
        <source>push an unapproved or unverified firmware package</source>
        <translation>ارسال بستهٔ سفت‌افزار تأییدنشده یا وارسی‌نشده</translation>
    </message>
    <message>
        <source>import an unverified firmware package</source>
        <translation>وارد کردن بستهٔ سفت‌افزار وارسی‌نشده</translation>
    </message>
    <message>
        <source>manage the trust store</source>
        <translation>مدیریت مخزن اعتماد</translation>
    </message>
    <message>
        <source>approve a firmware package</source>
        <translation>تأیید بستهٔ سفت‌افزار</translation>
    </message>
    <message>
        <source>accept a risk</source>
        <translation>پذیرش یک مخاطره</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>مدیریت کاربران</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>خواندن گزارش ممیزی</translation>
    </message>
    <message>
        <source>export the audit log and reports</source>
        <translation>برون‌بری گزارش ممیزی و گزارش‌ها</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>تغییر تنظیمات</translation>
    </message>
    <message>
        <source>see their own actions</source>
        <translation>دیدن اقدامات خود</translation>
    </message>
    <message>
        <source>view the inventory</source>
        <translation>دیدن فهرست دارایی‌ها</translation>
    </message>
</context>
<context>
    <name>pasban::operators::Role</name>
    <message>
        <source>Clinical engineer</source>
        <translation>مهندس بالینی</translation>
    </message>
    <message>
        <source>Field technician</source>
        <translation>تکنسین میدانی</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>حسابرس</translation>
    </message>
</context>
<context>
    <name>pasban::posture</name>
    <message>
        <source>Known vulnerability %1</source>
        <translation>آسیب‌پذیری شناخته‌شدهٔ %1</translation>
    </message>
    <message>
        <source>Advisory %1 (%2) lists %3 %4, versions &quot;%5&quot;, as affected</source>
        <translation>توصیه‌نامهٔ %1 (%2)، %3 %4 با نسخه‌های «%5» را آسیب‌پذیر می‌داند</translation>
    </message>
    <message>
        <source>The device is %1 %2 with firmware %3, inside the affected range</source>
        <translation>دستگاه %1 %2 با میان‌افزار %3 است، درون بازهٔ آسیب‌پذیر</translation>
    </message>
    <message>
        <source>The device is %1 %2 with firmware %3; the advisory&apos;s version statement cannot be compared automatically: check it by hand</source>
        <translation>دستگاه %1 %2 با میان‌افزار %3 است؛ بیان نسخه در توصیه‌نامه خودکار مقایسه‌پذیر نیست: آن را دستی بررسی کنید</translation>
    </message>
    <message>
        <source>CVSS %1 (%2); the advisory reports active exploitation</source>
        <translation>CVSS %1 (%2)؛ توصیه‌نامه از بهره‌برداری فعال خبر می‌دهد</translation>
    </message>
    <message>
        <source>CVSS %1 (%2)</source>
        <translation>CVSS %1 (%2)</translation>
    </message>
    <message>
        <source>The manufacturer or CISA has published a vulnerability for this product and version.</source>
        <translation>سازنده یا CISA برای این محصول و نسخه آسیب‌پذیری منتشر کرده است.</translation>
    </message>
    <message>
        <source>Read advisory %1 and contact the manufacturer for a fix.</source>
        <translation>توصیه‌نامهٔ %1 را بخوانید و برای رفع آن با سازنده تماس بگیرید.</translation>
    </message>
    <message>
        <source>Health data readable without pairing</source>
        <translation>دادهٔ سلامت بدون جفت‌سازی خواندنی است</translation>
    </message>
    <message>
        <source>%1 could be read without pairing</source>
        <translation>%1 بدون جفت‌سازی خوانده شد</translation>
    </message>
    <message>
        <source>%1 delivered data without pairing (%2)</source>
        <translation>%1 بدون جفت‌سازی داده فرستاد (%2)</translation>
    </message>
    <message>
        <source>Anyone within radio range can read this patient&apos;s measurements, and nothing on the link proves they come from this device. Measurements are protected health information.</source>
        <translation>هر کسی در برد رادیویی می‌تواند اندازه‌گیری‌های این بیمار را بخواند و هیچ چیز در این پیوند ثابت نمی‌کند که از همین دستگاه آمده‌اند. اندازه‌گیری‌ها اطلاعات سلامت محافظت‌شده‌اند.</translation>
    </message>
    <message>
        <source>Ask the manufacturer for firmware that requires authenticated pairing (LE Secure Connections) for the health service; until then keep the device where strangers cannot come within range, and pair it only with the hospital&apos;s gateway.</source>
        <translation>از سازنده میان‌افزاری بخواهید که برای سرویس سلامت جفت‌سازی احرازشده (LE Secure Connections) را الزامی کند؛ تا آن زمان دستگاه را جایی نگه دارید که افراد ناشناس به برد آن نرسند و آن را فقط با درگاه بیمارستان جفت کنید.</translation>
    </message>
    <message>
        <source>Firmware management open to anyone in range</source>
        <translation>مدیریت میان‌افزار برای هر کسی در برد باز است</translation>
    </message>
    <message>
        <source>The SMP management characteristic accepted a write and answered an echo request without pairing</source>
        <translation>مشخصهٔ مدیریتی SMP بدون جفت‌سازی نوشتن را پذیرفت و به درخواست echo پاسخ داد</translation>
    </message>
    <message>
        <source>Whoever can write to the management service can upload firmware, erase images or reset the device during therapy. SMP has no authentication of its own: the link must provide it.</source>
        <translation>هر کس بتواند در سرویس مدیریت بنویسد می‌تواند میان‌افزار بارگذاری کند، تصویرها را پاک کند یا دستگاه را در میانهٔ درمان بازنشانی کند. SMP خودش احراز هویت ندارد: پیوند باید آن را فراهم کند.</translation>
    </message>
    <message>
        <source>Have the firmware built with the SMP Bluetooth transport set to require authenticated pairing (Zephyr: the &quot;authenticated&quot; permission level), or disable the management service in clinical builds. Update the device only through Pasban with signed, approved packages.</source>
        <translation>بخواهید میان‌افزار با تنظیم انتقال بلوتوث SMP بر الزام جفت‌سازی احرازشده ساخته شود (در Zephyr سطح دسترسی «‪authenticated‬») یا سرویس مدیریت در نسخه‌های بالینی غیرفعال شود. دستگاه را فقط از راه پاسبان و با بسته‌های امضاشده و تأییدشده به‌روز کنید.</translation>
    </message>
    <message>
        <source>Patient-data device declares no protection against impostors</source>
        <translation>دستگاهِ دارای دادهٔ بیمار هیچ محافظتی در برابر جعل هویت اعلام نمی‌کند</translation>
    </message>
    <message>
        <source>LE GATT Security Levels reads %1: LE security mode 1, level %2 at most (level 3 or 4 is needed for authenticated pairing)</source>
        <translation>مقدار LE GATT Security Levels برابر %1 است: حالت امنیتی ۱ با حداکثر سطح %2 (برای جفت‌سازی احرازشده سطح ۳ یا ۴ لازم است)</translation>
    </message>
    <message>
        <source>The device itself says it never requires authenticated (MITM-protected) pairing, so a nearby attacker can pose as the gateway or as the device and read or alter measurements.</source>
        <translation>خود دستگاه می‌گوید هرگز جفت‌سازی احرازشده (محافظت‌شده در برابر MITM) نمی‌خواهد، پس مهاجمی در نزدیکی می‌تواند خود را درگاه یا دستگاه جا بزند و اندازه‌گیری‌ها را بخواند یا دگرگون کند.</translation>
    </message>
    <message>
        <source>Ask the manufacturer whether a firmware or configuration requires LE Secure Connections with authentication (mode 1 level 4); record the answer in the device&apos;s MDS2 and accept the risk only with an expiry date.</source>
        <translation>از سازنده بپرسید آیا میان‌افزار یا پیکربندی‌ای هست که LE Secure Connections با احراز هویت (حالت ۱ سطح ۴) را الزامی کند؛ پاسخ را در MDS2 دستگاه ثبت کنید و ریسک را فقط با تاریخ پایان بپذیرید.</translation>
    </message>
    <message>
        <source>Wearer can be tracked and their condition inferred</source>
        <translation>می‌توان پوشندهٔ دستگاه را ردگیری کرد و بیماری‌اش را حدس زد</translation>
    </message>
    <message>
        <source>Advertises from the fixed %1 address %2 as a %3</source>
        <translation>از نشانی ثابت %1 با مقدار %2 به‌عنوان %3 اعلان می‌کند</translation>
    </message>
    <message>
        <source>An address that never changes lets anyone with a receiver follow the wearer, and the advertised health service tells them the wearer&apos;s condition.</source>
        <translation>نشانی‌ای که هرگز تغییر نمی‌کند به هر کسی با یک گیرنده اجازه می‌دهد پوشنده را دنبال کند، و سرویس سلامتِ اعلان‌شده بیماری او را آشکار می‌کند.</translation>
    </message>
    <message>
        <source>Prefer devices that use resolvable private addresses (privacy) and advertise no health service until bonded; ask the manufacturer whether privacy can be enabled.</source>
        <translation>دستگاه‌هایی را برگزینید که نشانی خصوصی قابل‌تشخیص (حریم خصوصی) به کار می‌برند و تا پیوند نخورده‌اند سرویس سلامت اعلان نمی‌کنند؛ از سازنده بپرسید آیا می‌توان حریم خصوصی را فعال کرد.</translation>
    </message>
    <message>
        <source>Advertised name carries a person&apos;s name or record number</source>
        <translation>نام اعلان‌شده نام یک شخص یا شمارهٔ پرونده را در خود دارد</translation>
    </message>
    <message>
        <source>The advertised name looks like it holds a person&apos;s name (masked: %1)</source>
        <translation>به نظر می‌رسد نام اعلان‌شده نام یک شخص را در خود دارد (پوشیده: %1)</translation>
    </message>
    <message>
        <source>The advertised name looks like it holds a record number (masked: %1)</source>
        <translation>به نظر می‌رسد نام اعلان‌شده شمارهٔ پرونده را در خود دارد (پوشیده: %1)</translation>
    </message>
    <message>
        <source>Every receiver in range sees the advertised name. A name or record number there identifies the patient together with their device and condition.</source>
        <translation>هر گیرنده‌ای در برد، نام اعلان‌شده را می‌بیند. نام یا شمارهٔ پرونده در آن، بیمار را همراه با دستگاه و بیماری‌اش شناسایی می‌کند.</translation>
    </message>
    <message>
        <source>Rename the device to an asset tag or a neutral model name, and check the ward&apos;s set-up procedure so staff do not type patients&apos; names into device names.</source>
        <translation>نام دستگاه را به شمارهٔ اموال یا نام خنثای مدل تغییر دهید و روال راه‌اندازی بخش را بازبینی کنید تا کارکنان نام بیماران را در نام دستگاه‌ها ننویسند.</translation>
    </message>
    <message>
        <source>Health measurements broadcast in advertisements</source>
        <translation>اندازه‌گیری‌های سلامت در اعلان‌ها پخش می‌شوند</translation>
    </message>
    <message>
        <source>Advertisements carry %1 bytes of service data for %2</source>
        <translation>اعلان‌ها %1 بایت دادهٔ سرویس برای %2 دارند</translation>
    </message>
    <message>
        <source>Advertisements are broadcast in clear to every receiver, without any connection: whoever listens collects the measurements.</source>
        <translation>اعلان‌ها بی‌هیچ اتصالی و بدون رمزنگاری برای همهٔ گیرنده‌ها پخش می‌شوند: هر کس گوش دهد اندازه‌گیری‌ها را گرد می‌آورد.</translation>
    </message>
    <message>
        <source>Ask the manufacturer for firmware that sends measurements only over an encrypted, authenticated connection; until then treat the readings as public and keep the device away from public areas.</source>
        <translation>از سازنده میان‌افزاری بخواهید که اندازه‌گیری‌ها را فقط روی اتصال رمزنگاری‌شده و احرازشده بفرستد؛ تا آن زمان خوانش‌ها را عمومی بدانید و دستگاه را از فضاهای عمومی دور نگه دارید.</translation>
    </message>
    <message>
        <source>Firmware older than the newest approved package</source>
        <translation>میان‌افزار قدیمی‌تر از جدیدترین بستهٔ تأییدشده است</translation>
    </message>
    <message>
        <source>The device reports firmware %1</source>
        <translation>دستگاه میان‌افزار %1 را گزارش می‌کند</translation>
    </message>
    <message>
        <source>The firmware library holds approved version %1 for %2 (package %3)</source>
        <translation>کتابخانهٔ میان‌افزار نسخهٔ تأییدشدهٔ %1 را برای %2 دارد (بستهٔ %3)</translation>
    </message>
    <message>
        <source>The hospital has approved a newer firmware for this model; the installed one may lack its security fixes.</source>
        <translation>بیمارستان میان‌افزار جدیدتری برای این مدل تأیید کرده است؛ میان‌افزار نصب‌شده ممکن است اصلاحیه‌های امنیتی آن را نداشته باشد.</translation>
    </message>
    <message>
        <source>Schedule an update to version %1 from the Firmware page when the device is not in clinical use.</source>
        <translation>به‌روزرسانی به نسخهٔ %1 را از صفحهٔ میان‌افزار برای زمانی برنامه‌ریزی کنید که دستگاه در کار بالینی نیست.</translation>
    </message>
    <message>
        <source>Firmware signed with a public MCUboot development key</source>
        <translation>میان‌افزار با کلید توسعهٔ عمومی MCUboot امضا شده است</translation>
    </message>
    <message>
        <source>The installed image %1 is signed with %2, a key published in the MCUboot repository</source>
        <translation>تصویر نصب‌شدهٔ %1 با %2 امضا شده است، کلیدی که در مخزن MCUboot منتشر شده است</translation>
    </message>
    <message>
        <source>Anyone has the private half of this key, so the bootloader will accept firmware built by anyone: the signature check protects nothing.</source>
        <translation>نیمهٔ خصوصی این کلید در دسترس همه است، پس راه‌انداز میان‌افزار ساخته‌شده به دست هر کسی را می‌پذیرد: بررسی امضا از چیزی محافظت نمی‌کند.</translation>
    </message>
    <message>
        <source>Report it to the manufacturer and ask for production-signed firmware and a bootloader with the production key; until then allow updates only through Pasban with approved packages.</source>
        <translation>این را به سازنده گزارش دهید و میان‌افزار امضاشده با کلید تولید و راه‌اندازی با کلید تولید بخواهید؛ تا آن زمان به‌روزرسانی را فقط از راه پاسبان و با بسته‌های تأییدشده مجاز بدانید.</translation>
    </message>
    <message>
        <source>Installed firmware has no security counter</source>
        <translation>میان‌افزار نصب‌شده شمارندهٔ امنیتی ندارد</translation>
    </message>
    <message>
        <source>The installed image %1 carries no security counter TLV</source>
        <translation>تصویر نصب‌شدهٔ %1 هیچ TLV شمارندهٔ امنیتی ندارد</translation>
    </message>
    <message>
        <source>Without a security counter the bootloader cannot refuse an older, validly signed image, so a fixed vulnerability can be brought back by a downgrade.</source>
        <translation>بدون شمارندهٔ امنیتی، راه‌انداز نمی‌تواند تصویر قدیمی‌ترِ با امضای معتبر را رد کند، پس آسیب‌پذیری رفع‌شده با بازگشت به نسخهٔ قدیمی‌تر برمی‌گردد.</translation>
    </message>
    <message>
        <source>Ask the manufacturer to sign images with a security counter (imgtool --security-counter) and to enable hardware downgrade prevention in MCUboot; Pasban&apos;s own anti-rollback record protects only updates made through Pasban.</source>
        <translation>از سازنده بخواهید تصویرها را با شمارندهٔ امنیتی امضا کند (‪imgtool --security-counter‬) و جلوگیری سخت‌افزاری از بازگشت نسخه را در MCUboot فعال کند؛ سابقهٔ ضدبازگشت خود پاسبان فقط از به‌روزرسانی‌هایی محافظت می‌کند که از راه پاسبان انجام شوند.</translation>
    </message>
    <message>
        <source>Never interrogated</source>
        <translation>هرگز پرسش‌وجو نشده است</translation>
    </message>
    <message>
        <source>Seen by scans since %1, but no interrogation has been recorded</source>
        <translation>از %1 در پویش‌ها دیده شده، اما هیچ پرسش‌وجویی ثبت نشده است</translation>
    </message>
    <message>
        <source>Without an interrogation Pasban cannot tell whether the device&apos;s health data or management service is open to strangers, nor match it against advisories by model and firmware.</source>
        <translation>بدون پرسش‌وجو پاسبان نمی‌تواند بگوید آیا دادهٔ سلامت یا سرویس مدیریت دستگاه برای ناشناس‌ها باز است، و نمی‌تواند آن را بر پایهٔ مدل و میان‌افزار با توصیه‌نامه‌ها مقایسه کند.</translation>
    </message>
    <message>
        <source>Interrogate the device from the Devices page when it is not in clinical use.</source>
        <translation>وقتی دستگاه در کار بالینی نیست، از صفحهٔ دستگاه‌ها آن را پرسش‌وجو کنید.</translation>
    </message>
    <message>
        <source>Not in the inventory</source>
        <translation>در فهرست اموال نیست</translation>
    </message>
    <message>
        <source>Seen in range at %1 but not stored in the inventory</source>
        <translation>در %1 در برد دیده شده اما در فهرست اموال ذخیره نشده است</translation>
    </message>
    <message>
        <source>A device nobody has registered is a device nobody maintains, updates or looks for when an advisory comes out.</source>
        <translation>دستگاهی که کسی ثبتش نکرده، دستگاهی است که کسی نگهداری یا به‌روزش نمی‌کند و هنگام انتشار توصیه‌نامه سراغش نمی‌رود.</translation>
    </message>
    <message>
        <source>Identify the device and add it to the inventory with its asset tag, or find out who brought it in.</source>
        <translation>دستگاه را شناسایی کنید و با شمارهٔ اموالش به فهرست بیفزایید، یا دریابید چه کسی آن را آورده است.</translation>
    </message>
    <message>
        <source>No asset tag</source>
        <translation>بدون شمارهٔ اموال</translation>
    </message>
    <message>
        <source>The inventory record has no asset tag</source>
        <translation>رکورد فهرست اموال شمارهٔ اموال ندارد</translation>
    </message>
    <message>
        <source>Without an asset tag the device cannot be matched with the maintenance system, so findings and recalls do not reach the people who service it.</source>
        <translation>بدون شمارهٔ اموال، دستگاه با سامانهٔ نگهداری تطبیق نمی‌یابد و یافته‌ها و فراخوان‌ها به کسانی که آن را سرویس می‌کنند نمی‌رسد.</translation>
    </message>
    <message>
        <source>Enter the asset tag in the Devices page&apos;s detail pane, or import it from the CMMS.</source>
        <translation>شمارهٔ اموال را در بخش جزئیات صفحهٔ دستگاه‌ها وارد کنید یا آن را از سامانهٔ نگهداری (CMMS) وارد کنید.</translation>
    </message>
    <message>
        <source>Not seen recently</source>
        <translation>اخیراً دیده نشده است</translation>
    </message>
    <message>
        <source>Last seen %1, %2 days ago (limit: %3 days)</source>
        <translation>آخرین مشاهده %1، %2 روز پیش (حد مجاز: %3 روز)</translation>
    </message>
    <message>
        <source>A device that has not been seen may be lost, stolen, or used out of sight, with patient data on it.</source>
        <translation>دستگاهی که دیده نشده ممکن است گم یا دزدیده شده باشد یا دور از دید، با دادهٔ بیمار روی آن، به کار رود.</translation>
    </message>
    <message>
        <source>Locate the device; if it left service, mark it so in the maintenance system and remove it from the inventory.</source>
        <translation>دستگاه را پیدا کنید؛ اگر از خدمت خارج شده، این را در سامانهٔ نگهداری ثبت کنید و آن را از فهرست اموال بردارید.</translation>
    </message>
    <message>
        <source>Open at the previous evaluation; no longer observed</source>
        <translation>در ارزیابی پیشین باز بود؛ دیگر مشاهده نمی‌شود</translation>
    </message>
    <message>
        <source>Firmware replaceable over USB (DFU run-time interface)</source>
        <translation>میان‌افزار از راه USB جایگزین‌پذیر است (رابط زمان اجرای DFU)</translation>
    </message>
    <message>
        <source>The device exposes a USB DFU run-time interface</source>
        <translation>دستگاه رابط زمان اجرای USB DFU را در دسترس می‌گذارد</translation>
    </message>
    <message>
        <source>Any computer the device is plugged into can switch it into its bootloader and write firmware, unless the bootloader checks signatures.</source>
        <translation>هر رایانه‌ای که دستگاه به آن وصل شود می‌تواند آن را به راه‌انداز ببرد و میان‌افزار بنویسد، مگر آنکه راه‌انداز امضاها را بررسی کند.</translation>
    </message>
    <message>
        <source>Confirm with the manufacturer that the DFU bootloader accepts only signed images; charge the device only from power supplies or approved docks, never from shared computers.</source>
        <translation>از سازنده تأیید بگیرید که راه‌انداز DFU فقط تصویرهای امضاشده را می‌پذیرد؛ دستگاه را فقط با منبع تغذیه یا پایه‌های تأییدشده شارژ کنید، هرگز با رایانه‌های مشترک.</translation>
    </message>
    <message>
        <source>USB mass storage exposed</source>
        <translation>حافظهٔ انبوه USB در دسترس است</translation>
    </message>
    <message>
        <source>The device exposes a USB mass-storage interface</source>
        <translation>دستگاه رابط حافظهٔ انبوه USB را در دسترس می‌گذارد</translation>
    </message>
    <message>
        <source>A drive on a medical device is a path for copying patient data off it and for bringing malware onto the computers it is plugged into.</source>
        <translation>دیسک روی یک دستگاه پزشکی راهی است برای کپی کردن دادهٔ بیمار از آن و آوردن بدافزار به رایانه‌هایی که به آن‌ها وصل می‌شود.</translation>
    </message>
    <message>
        <source>Ask whether the storage function can be disabled; block USB storage on the workstations the device connects to, and scan files that come from it.</source>
        <translation>بپرسید آیا می‌توان کارکرد حافظه را غیرفعال کرد؛ حافظهٔ USB را روی ایستگاه‌های کاری‌ای که دستگاه به آن‌ها وصل می‌شود مسدود کنید و پرونده‌های آمده از آن را پویش کنید.</translation>
    </message>
    <message>
        <source>Keyboard-like HID interface on a composite device</source>
        <translation>رابط HID شبیه صفحه‌کلید روی دستگاه ترکیبی</translation>
    </message>
    <message>
        <source>The device exposes a HID interface beside its other USB functions</source>
        <translation>دستگاه در کنار دیگر کارکردهای USB خود رابط HID را در دسترس می‌گذارد</translation>
    </message>
    <message>
        <source>A device that can act as a keyboard can type commands into the workstation it is plugged into (keystroke injection) if its firmware is compromised.</source>
        <translation>دستگاهی که می‌تواند مانند صفحه‌کلید رفتار کند، اگر میان‌افزارش آلوده شود می‌تواند در ایستگاه کاریِ متصل فرمان تایپ کند (تزریق کلید).</translation>
    </message>
    <message>
        <source>Ask the manufacturer what the HID function is for; where it is not needed, restrict new keyboards on clinical workstations (USB device control policy).</source>
        <translation>از سازنده بپرسید کارکرد HID برای چیست؛ هر جا لازم نیست، صفحه‌کلیدهای تازه را روی ایستگاه‌های کاری بالینی محدود کنید (سیاست کنترل دستگاه‌های USB).</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>اطلاعاتی</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>مشاهده‌شده</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>اعلام‌شده</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>استنتاج‌شده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>ریسک پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Acceptance expired</source>
        <translation>پذیرش منقضی‌شده</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>برطرف‌شده</translation>
    </message>
    <message>
        <source>A declared data flow is contradicted by an observation</source>
        <translation>یک جریان دادهٔ اعلام‌شده با مشاهده نقض شده است</translation>
    </message>
    <message>
        <source>Declared (%1, %2): the flow to %3 is encrypted</source>
        <translation>اعلام‌شده (%1، %2): جریان به %3 رمزنگاری‌شده است</translation>
    </message>
    <message>
        <source>Declared (%1, %2): the flow to %3 carries no patient data</source>
        <translation>اعلام‌شده (%1، %2): جریان به %3 دادهٔ بیمار ندارد</translation>
    </message>
    <message>
        <source>Observed: health measurements (%1) were read over Bluetooth without pairing</source>
        <translation>مشاهده‌شده: اندازه‌گیری‌های سلامت (%1) بدون جفت‌سازی از راه بلوتوث خوانده شدند</translation>
    </message>
    <message>
        <source>The declaration says the data is protected on the way, but anyone within radio range can read it; decisions taken on the declaration rest on something untrue.</source>
        <translation>اعلام می‌گوید داده در مسیر محافظت می‌شود، اما هر کس در برد رادیویی باشد می‌تواند آن را بخواند؛ تصمیم‌هایی که بر پایهٔ این اعلام گرفته شده‌اند بر چیزی نادرست استوارند.</translation>
    </message>
    <message>
        <source>The declaration says no patient data travels on this link, but the device hands out health measurements to anyone within radio range.</source>
        <translation>اعلام می‌گوید در این پیوند دادهٔ بیمار جابه‌جا نمی‌شود، اما دستگاه اندازه‌گیری‌های سلامت را به هر کسی در برد رادیویی می‌دهد.</translation>
    </message>
    <message>
        <source>Correct the declaration on the Data flows page, and ask the manufacturer to require pairing with encryption (LE Secure Connections) for the measurement characteristics.</source>
        <translation>اعلام را در صفحهٔ جریان داده‌ها اصلاح کنید و از سازنده بخواهید برای مشخصه‌های اندازه‌گیری، جفت‌سازی با رمزنگاری (LE Secure Connections) را الزامی کند.</translation>
    </message>
    <message>
        <source>SMP management open over USB without authentication</source>
        <translation>مدیریت SMP از راه USB بدون احراز هویت باز است</translation>
    </message>
    <message>
        <source>The device answered SMP management commands over its USB serial port without authentication</source>
        <translation>دستگاه بدون احراز هویت از راه درگاه سریال USB خود به فرمان‌های مدیریتی SMP پاسخ داد</translation>
    </message>
    <message>
        <source>Anyone who plugs the device into a computer can list, upload and activate firmware images and reset it; only the bootloader&apos;s signature check stands in the way.</source>
        <translation>هر کسی که دستگاه را به رایانه‌ای وصل کند می‌تواند تصویرهای میان‌افزار را فهرست، بارگذاری و فعال کند و دستگاه را بازنشانی کند؛ تنها مانع، بررسی امضا در بوت‌لودر است.</translation>
    </message>
    <message>
        <source>Ask the manufacturer to disable the SMP serial transport in production firmware or to require authentication; keep the device away from shared computers and check that MCUboot verifies image signatures.</source>
        <translation>از سازنده بخواهید انتقال سریال SMP را در میان‌افزار تولیدی غیرفعال کند یا احراز هویت را الزامی کند؛ دستگاه را از رایانه‌های مشترک دور نگه دارید و بررسی کنید که MCUboot امضای تصویرها را تأیید می‌کند.</translation>
    </message>
</context>
<context>
    <name>pasban::report</name>
    <message>
        <source>No open finding</source>
        <translation>بدون یافتهٔ باز</translation>
    </message>
    <message>
        <source>Known vulnerability</source>
        <translation>آسیب‌پذیری شناخته‌شده</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>چیزی برای نمایش نیست</translation>
    </message>
</context>
<context>
    <name>pasban::report::FlowDiagram</name>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Pasban</source>
        <translation>پاسبان</translation>
    </message>
    <message>
        <source>Contradicts its declaration!</source>
        <translation>با اعلامش در تناقض است!</translation>
    </message>
    <message>
        <source>patient data</source>
        <translation>دادهٔ بیمار</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>همین کنسول</translation>
    </message>
    <message>
        <source>Verified: observed by this console in an interrogation without pairing. Declared: stated by an engineer (MDS2, vendor document, site survey), not observed.</source>
        <translation>تأییدشده: این کنسول آن را در یک پرسش‌وجو بدون جفت‌سازی دیده است. اعلام‌شده: مهندس آن را بیان کرده (MDS2، سند سازنده، بازدید میدانی) و دیده نشده است.</translation>
    </message>
    <message>
        <source>Patient-data flows drawn by Pasban</source>
        <translation>جریان‌های دادهٔ بیمار، ترسیم‌شده با پاسبان</translation>
    </message>
    <message>
        <source>SVG output failed</source>
        <translation>خروجی SVG ناموفق بود</translation>
    </message>
</context>
<context>
    <name>pasban::report::PostureReport</name>
    <message>
        <source>unknown time</source>
        <translation>زمان نامعلوم</translation>
    </message>
    <message>
        <source>Security posture report: fleet</source>
        <translation>گزارش وضعیت امنیتی: همهٔ دستگاه‌ها</translation>
    </message>
    <message>
        <source>Security posture report: %1</source>
        <translation>گزارش وضعیت امنیتی: %1</translation>
    </message>
    <message>
        <source>Produced by Pasban on %1.</source>
        <translation>تهیه‌شده با پاسبان در %1.</translation>
    </message>
    <message>
        <source>Produced by Pasban on %1 for %2.</source>
        <translation>تهیه‌شده با پاسبان در %1 برای %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Fleet score: %1 of 100, over %2 devices.</source>
        <translation>امتیاز کل: %1 از ۱۰۰، برای %2 دستگاه.</translation>
    </message>
    <message>
        <source>Device score: %1 of 100.</source>
        <translation>امتیاز دستگاه: %1 از ۱۰۰.</translation>
    </message>
    <message>
        <source>Open findings: %1 (critical %2, high %3, medium %4, low %5, information %6).</source>
        <translation>یافته‌های باز: %1 (بحرانی %2، بالا %3، متوسط %4، پایین %5، اطلاعاتی %6).</translation>
    </message>
    <message>
        <source>The score starts at 100 and loses a fixed number of points for each open finding by severity; accepted risks and resolved findings cost nothing.</source>
        <translation>امتیاز از ۱۰۰ آغاز می‌شود و برای هر یافتهٔ باز، بسته به شدت آن، شمار ثابتی امتیاز کم می‌شود؛ ریسک‌های پذیرفته‌شده و یافته‌های برطرف‌شده امتیازی کم نمی‌کنند.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>فهرست اموال</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>شمارهٔ اموال</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>سازنده و مدل</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>میان‌افزار</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین مشاهده</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>یافته‌های باز</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <source>Patient-data flows</source>
        <translation>جریان‌های دادهٔ بیمار</translation>
    </message>
    <message>
        <source>Green solid links were observed encrypted, red solid links observed in cleartext, blue dashed links are declared but not observed, grey dotted links are unknown.</source>
        <translation>پیوندهای سبز پیوسته رمزنگاری‌شده دیده شده‌اند، پیوندهای قرمز پیوسته بدون رمزنگاری دیده شده‌اند، پیوندهای آبی خط‌چین اعلام شده‌اند ولی دیده نشده‌اند و پیوندهای خاکستری نقطه‌چین نامعلوم‌اند.</translation>
    </message>
    <message>
        <source>%1: score %2 of 100</source>
        <translation>%1: امتیاز %2 از ۱۰۰</translation>
    </message>
    <message>
        <source>asset tag %1</source>
        <translation>شمارهٔ اموال %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>شمارهٔ سریال %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>نشانی %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>یافته‌ای نیست.</translation>
    </message>
    <message>
        <source>Accepted by %1 until %2: %3</source>
        <translation>پذیرفته‌شده توسط %1 تا %2: %3</translation>
    </message>
    <message>
        <source>Evidence (%1): %2</source>
        <translation>شاهد (%1): %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>توسط %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>چرا مهم است: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>چه باید کرد: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>ارجاع‌ها: %1</translation>
    </message>
    <message>
        <source>%1: −%2</source>
        <translation>%1: −%2</translation>
    </message>
    <message>
        <source>Score contributions: %1</source>
        <translation>سهم هر یافته در امتیاز: %1</translation>
    </message>
    <message>
        <source>Devices by highest open risk</source>
        <translation>دستگاه‌ها بر پایهٔ بالاترین ریسک باز</translation>
    </message>
    <message>
        <source>Most frequent open findings (devices)</source>
        <translation>پرتکرارترین یافته‌های باز (شمار دستگاه‌ها)</translation>
    </message>
</context>
<context>
    <name>pasban::smp::SmpProbe</name>
    <message>
        <source>single application slot</source>
        <translation>تک‌جایگاه برنامه</translation>
    </message>
    <message>
        <source>swap using scratch</source>
        <translation>جابه‌جایی با ناحیهٔ موقت</translation>
    </message>
    <message>
        <source>overwrite only (no way back)</source>
        <translation>فقط بازنویسی (بدون راه بازگشت)</translation>
    </message>
    <message>
        <source>swap using move</source>
        <translation>جابه‌جایی با انتقال</translation>
    </message>
    <message>
        <source>direct execute-in-place</source>
        <translation>اجرای مستقیم در محل (XIP)</translation>
    </message>
    <message>
        <source>direct execute-in-place with revert</source>
        <translation>اجرای مستقیم در محل (XIP) با امکان بازگشت</translation>
    </message>
    <message>
        <source>load into RAM</source>
        <translation>بارگذاری در RAM</translation>
    </message>
    <message>
        <source>firmware loader</source>
        <translation>بارگذار میان‌افزار</translation>
    </message>
    <message>
        <source>unknown mode %1</source>
        <translation>حالت ناشناخته %1</translation>
    </message>
    <message>
        <source>Checking that the device answers (echo)</source>
        <translation>بررسی پاسخ‌گویی دستگاه (پژواک)</translation>
    </message>
    <message>
        <source>Reading management buffer parameters</source>
        <translation>خواندن پارامترهای بافر مدیریت</translation>
    </message>
    <message>
        <source>Reading OS and application information</source>
        <translation>خواندن اطلاعات سیستم‌عامل و برنامه</translation>
    </message>
    <message>
        <source>Reading bootloader information</source>
        <translation>خواندن اطلاعات بوت‌لودر</translation>
    </message>
    <message>
        <source>Reading the image list</source>
        <translation>خواندن فهرست ایمیج‌ها</translation>
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
    <name>pasban::ui::AcceptRiskDialog</name>
    <message>
        <source>Accept risk</source>
        <translation>پذیرش ریسک</translation>
    </message>
    <message>
        <source>Accept the risk of “%1” on %2? The finding stops counting against the score until the expiry date; then it is open again. The acceptance, its reason and your name are recorded in the audit log.</source>
        <translation>ریسک «%1» در %2 پذیرفته شود؟ این یافته تا تاریخ انقضا از امتیاز کم نمی‌کند و پس از آن دوباره باز می‌شود. پذیرش، دلیل آن و نام شما در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Why the risk is acceptable, e.g. the compensating control in place</source>
        <translation>چرا این ریسک پذیرفتنی است؛ برای نمونه، کنترل جبرانی موجود</translation>
    </message>
    <message>
        <source>&amp;Accept risk</source>
        <translation>&amp;پذیرش ریسک</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;تاریخ انقضا:</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters.</source>
        <translation>
            <numerusform>دلیلی با دست‌کم %n نویسه بنویسید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n characters.</source>
        <translation>
            <numerusform>دلیل بیش از %n نویسه است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an expiry date after today and within a year.</source>
        <translation>تاریخ انقضایی پس از امروز و حداکثر تا یک سال دیگر برگزینید.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::AssetEditor</name>
    <message>
        <source>Asset (declared by you)</source>
        <translation>دارایی (اعلام‌شده از سوی شما)</translation>
    </message>
    <message>
        <source>Asset &amp;tag:</source>
        <translation>برچسب دا&amp;رایی:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>محل &amp;استقرار:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;واحد:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مسئول &amp;دستگاه:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Keep these fields in the inventory (Ctrl+S)</source>
        <translation>این فیلدها را در فهرست اموال نگه دار (‪Ctrl+S‬)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Go back to the stored fields</source>
        <translation>بازگشت به فیلدهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>هنوز ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::AuditDetailView</name>
    <message>
        <source>Audit event</source>
        <translation>رویداد ممیزی</translation>
    </message>
    <message>
        <source>Select an event in the table to see all of its fields here.</source>
        <translation>رویدادی را در جدول برگزینید تا همهٔ بخش‌های آن اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>زمان:</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>زمان (‪UTC‬):</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>رویداد:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>کنش:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>ایستگاه کاری:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>دستگاه:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>کلید:</translation>
    </message>
    <message>
        <source>Chain link:</source>
        <translation>حلقهٔ زنجیره:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>جزئیات:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>cannot be read: the row was changed or its key is unavailable</source>
        <translation>خوانده نمی‌شود: این سطر تغییر کرده یا کلید آن در دسترس نیست</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the translated event name, %2 its DICOM code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pasban::ui::AuditEventModel</name>
    <message>
        <source>(cannot be read)</source>
        <translation>(خوانده نمی‌شود)</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(کسی وارد نشده بود)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column header: the event&apos;s number in the audit log</extracomment>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
</context>
<context>
    <name>pasban::ui::AuditPage</name>
    <message>
        <source>No audit events match these filters.
Widen the time range or clear a filter to see more.</source>
        <translation>هیچ رویداد ممیزی‌ای با این پالایه‌ها جور نیست.
بازهٔ زمانی را گسترده‌تر کنید یا یک پالایه را پاک کنید تا رویدادهای بیشتری ببینید.</translation>
    </message>
    <message>
        <source>The audit log has no events yet.</source>
        <translation>گزارش ممیزی هنوز رویدادی ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>خروجی گرفتن از گزارش ممیزی</translation>
    </message>
    <message>
        <source>FHIR AuditEvent Bundle (*.json)</source>
        <translation>بستهٔ ‪FHIR AuditEvent‬ (‪*.json‬)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>پروندهٔ ‪CSV‬ (‪*.csv‬)</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>در حال وارسی گزارش ممیزی…</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <extracomment>%1 says which event is bad and what is wrong with it</extracomment>
        <translation>آسیب‌دیده: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>در حال خروجی گرفتن در %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln رویداد در %1 خروجی گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <source>Only events from this day on</source>
        <translation>فقط رویدادهای این روز و پس از آن</translation>
    </message>
    <message>
        <source>Only events up to this day</source>
        <translation>فقط رویدادهای تا پایان این روز</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;دستگاه:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;رویداد:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <source>Exact user name</source>
        <translation>نام کاربری دقیق</translation>
    </message>
    <message>
        <source>Exact serial or address</source>
        <translation>شمارهٔ سریال یا نشانی دقیق</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>همهٔ رویدادها</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>همهٔ نتیجه‌ها</translation>
    </message>
    <message>
        <source>Any failure</source>
        <translation>هر گونه شکست</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازه‌&amp;سازی</translation>
    </message>
    <message>
        <source>Show events recorded since the table was filled</source>
        <translation>نمایش رویدادهایی که پس از پر شدن جدول ثبت شده‌اند</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;وارسی</translation>
    </message>
    <message>
        <source>Check that no event was changed, removed, inserted or reordered</source>
        <translation>بررسی اینکه هیچ رویدادی تغییر نکرده، حذف یا افزوده نشده و جابه‌جا نشده است</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;خروجی</translation>
    </message>
    <message>
        <source>FHIR AuditEvent Bundle (JSON)…</source>
        <translation>بستهٔ ‪FHIR AuditEvent‬ (‪JSON‬)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>‪CSV‬…</translation>
    </message>
    <message>
        <source>Export the events in the time range shown (all events when no range is set)</source>
        <translation>خروجی گرفتن از رویدادهای بازهٔ زمانی نمایش‌داده‌شده (اگر بازه‌ای تعیین نشده باشد، همهٔ رویدادها)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The audit log is locked.
It opens when the console unlocks it with the system keystore or its passphrase; until then its events cannot be read here.</source>
        <translation>گزارش ممیزی قفل است.
هنگامی باز می‌شود که کنسول آن را با انبار کلید سیستم یا عبارت عبورش باز کند؛ تا آن زمان رویدادهای آن اینجا خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>رویدادهای ممیزی</translation>
    </message>
</context>
<context>
    <name>pasban::ui::AuditUnlock</name>
    <message>
        <source>Unlock the audit log</source>
        <translation>باز کردن قفل گزارش ممیزی</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <source>This computer has no system keystore. Choose a passphrase to protect the audit log:</source>
        <translation>این رایانه مخزن کلید سیستمی ندارد. برای محافظت از گزارش ممیزی یک عبارت عبور برگزینید:</translation>
    </message>
    <message>
        <source>Audit log passphrase:</source>
        <translation>عبارت عبور گزارش ممیزی:</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>عبارت عبور را دوباره وارد کنید:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>دو عبارت عبور یکسان نیستند. چیزی ایجاد نشد.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::DeviceDetailView</name>
    <message>
        <source>Open: readable without pairing</source>
        <translation>باز: بدون جفت‌سازی خواندنی است</translation>
    </message>
    <message>
        <source>Protected: refused without pairing</source>
        <translation>محافظت‌شده: بدون جفت‌سازی رد شد</translation>
    </message>
    <message>
        <source>No evidence: the attempt failed</source>
        <translation>بی‌شاهد: تلاش ناموفق بود</translation>
    </message>
    <message>
        <source>could not be decoded: %1</source>
        <translation>رمزگشایی نشد: %1</translation>
    </message>
    <message>
        <source>Select a device to see what was observed about it.</source>
        <translation>یک دستگاه را برگزینید تا آنچه دربارهٔ آن مشاهده شده را ببینید.</translation>
    </message>
    <message>
        <source>&amp;Interrogate…</source>
        <translation>&amp;بازجویی…</translation>
    </message>
    <message>
        <source>Connect without pairing, read what the device reveals and test whether its measurements are protected</source>
        <translation>بدون جفت‌سازی وصل شوید، آنچه دستگاه آشکار می‌کند را بخوانید و بیازمایید که آیا اندازه‌گیری‌هایش محافظت می‌شوند</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <source>Observed by scan, last at %1</source>
        <extracomment>Provenance: observed by a scan, with the time</extracomment>
        <translation>مشاهده‌شده با پویش، آخرین بار %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>سیگنال</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 ‪dBm‬</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Advertised services</source>
        <translation>سرویس‌های اعلام‌شده</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>به‌روزرسانی میان‌افزار</translation>
    </message>
    <message>
        <source>over SMP (mcumgr)</source>
        <translation>از راه ‪SMP‬ (‪mcumgr‬)</translation>
    </message>
    <message>
        <source>Nordic DFU</source>
        <translation>‪Nordic DFU‬</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>نخستین مشاهده</translation>
    </message>
    <message>
        <source>Not interrogated yet: whether its patient data can be read without pairing is unknown.</source>
        <translation>هنوز بازجویی نشده است: معلوم نیست داده‌های بیمار آن بدون جفت‌سازی خواندنی است یا نه.</translation>
    </message>
    <message>
        <source>Observed by interrogation at %1 (%2)</source>
        <translation>مشاهده‌شده با بازجویی در %1 (%2)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>شمارهٔ سریال</translation>
    </message>
    <message>
        <source>Hardware revision</source>
        <translation>ویرایش سخت‌افزار</translation>
    </message>
    <message>
        <source>Firmware revision</source>
        <translation>ویرایش میان‌افزار</translation>
    </message>
    <message>
        <source>Software revision</source>
        <translation>ویرایش نرم‌افزار</translation>
    </message>
    <message>
        <source>IEEE 11073 certification data</source>
        <translation>داده‌های گواهی ‪IEEE 11073‬</translation>
    </message>
    <message>
        <source>present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Protection of health measurements</source>
        <translation>محافظت از اندازه‌گیری‌های سلامت</translation>
    </message>
    <message>
        <source>No health measurement characteristic was found.</source>
        <translation>هیچ مشخصهٔ اندازه‌گیری سلامت پیدا نشد.</translation>
    </message>
    <message>
        <source>Device management (SMP) answered without pairing: anyone in radio range could upload firmware or reset it.</source>
        <translation>مدیریت دستگاه (‪SMP‬) بدون جفت‌سازی پاسخ داد: هر کسی در بُرد رادیویی می‌تواند میان‌افزار بارگذاری کند یا دستگاه را بازنشانی کند.</translation>
    </message>
    <message>
        <source>Device management (SMP) did not answer without pairing.</source>
        <translation>مدیریت دستگاه (‪SMP‬) بدون جفت‌سازی پاسخ نداد.</translation>
    </message>
    <message>
        <source>Declared GATT security levels:</source>
        <translation>سطوح امنیتی اعلام‌شدهٔ ‪GATT‬:</translation>
    </message>
    <message>
        <source>Measurements received</source>
        <translation>اندازه‌گیری‌های دریافت‌شده</translation>
    </message>
    <message>
        <source>Interrogating %1…</source>
        <translation>در حال بازجویی %1…</translation>
    </message>
    <message>
        <source>Interrogation finished.</source>
        <translation>بازجویی پایان یافت.</translation>
    </message>
    <message>
        <source>%1 (sent as %2)</source>
        <extracomment>A value converted to the unit chosen in Settings, then the value as the device sent it</extracomment>
        <translation>%1 (ارسال‌شده به‌صورت %2)</translation>
    </message>
    <message>
        <source>imported from the maintenance system</source>
        <translation>واردشده از سامانهٔ نگهداری</translation>
    </message>
    <message>
        <source>added on the command line</source>
        <translation>افزوده‌شده در خط فرمان</translation>
    </message>
    <message>
        <source>typed in Pasban</source>
        <translation>واردشده در پاسبان</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>همخوان</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>ناهمخوانی</translation>
    </message>
    <message>
        <source>not observed yet</source>
        <translation>هنوز مشاهده نشده</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>اعلام نشده</translation>
    </message>
    <message>
        <source>Observed, last at %1</source>
        <translation>مشاهده‌شده، آخرین بار در %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Not declared: no record imported from the maintenance system matches this device.</source>
        <translation>اعلام نشده: هیچ رکورد واردشده از سامانهٔ نگهداری با این دستگاه همخوان نیست.</translation>
    </message>
    <message>
        <source>Declared (%1, %2) and observed</source>
        <extracomment>Provenance: declared values, where they came from and when</extracomment>
        <translation>اعلام‌شده (%1، %2) و مشاهده‌شده</translation>
    </message>
    <message>
        <source>Not seen by a scan yet: these values are declared only.</source>
        <translation>هنوز در پویش دیده نشده است: این مقادیر فقط اعلام شده‌اند.</translation>
    </message>
    <message>
        <source>Declared and observed values differ: %1.</source>
        <translation>مقادیر اعلام‌شده و مشاهده‌شده متفاوت‌اند: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>What was observed agrees with what is declared.</source>
        <translation>آنچه مشاهده شد با آنچه اعلام شده همخوان است.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>اعلام‌شده</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>مشاهده‌شده</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>defined by each interface (%1)</source>
        <translation>تعریف‌شده در هر رابط (%1)</translation>
    </message>
    <message>
        <source>communications device (%1)</source>
        <translation>دستگاه ارتباطی (%1)</translation>
    </message>
    <message>
        <source>composite device (%1)</source>
        <translation>دستگاه مرکب (%1)</translation>
    </message>
    <message>
        <source>vendor-specific (%1)</source>
        <translation>ویژهٔ سازنده (%1)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>pending: swaps in at the next reset</source>
        <translation>در انتظار: در راه‌اندازی دوباره بعدی جایگزین می‌شود</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>قابل راه‌اندازی</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <source>stored, not running</source>
        <translation>ذخیره‌شده، در حال اجرا نیست</translation>
    </message>
    <message>
        <source>&amp;Probe over SMP</source>
        <translation>&amp;کاوش از راه SMP</translation>
    </message>
    <message>
        <source>This device has no serial port (CDC-ACM), so it cannot be probed over SMP.</source>
        <translation>این دستگاه درگاه سریال (CDC-ACM) ندارد، بنابراین نمی‌توان آن را از راه SMP کاوش کرد.</translation>
    </message>
    <message>
        <source>Ask the device over its USB serial port what it runs (SMP/mcumgr): operating system, bootloader and firmware images. Read only: nothing is changed.</source>
        <translation>از راه درگاه سریال USB از دستگاه پرسیده می‌شود چه چیزی اجرا می‌کند (SMP/‪mcumgr‬): سیستم‌عامل، بوت‌لودر و ایمیج‌های میان‌افزار. فقط خواندنی است: هیچ چیز تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>USB device: %1</source>
        <translation>دستگاه USB: %1</translation>
    </message>
    <message>
        <source>Access denied by the operating system: only what it shares without opening the device is shown.</source>
        <translation>سیستم‌عامل اجازهٔ دسترسی نداد: فقط آنچه بدون باز کردن دستگاه در دسترس است نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Observed by USB enumeration, last at %1</source>
        <extracomment>Provenance: observed by USB enumeration, with the time</extracomment>
        <translation>مشاهده‌شده در شمارش دستگاه‌های USB، آخرین بار در %1</translation>
    </message>
    <message>
        <source>VID:PID</source>
        <extracomment>Vendor and product IDs of a USB device</extracomment>
        <translation>VID:PID</translation>
    </message>
    <message>
        <source>not in the USB ID database</source>
        <translation>در پایگاه دادهٔ شناسه‌های USB نیست</translation>
    </message>
    <message>
        <source>Manufacturer string</source>
        <translation>رشتهٔ سازنده</translation>
    </message>
    <message>
        <source>Product string</source>
        <translation>رشتهٔ محصول</translation>
    </message>
    <message>
        <source>none: weak identity. The device is told apart only by the port it is plugged into; on another port it becomes a new entry.</source>
        <translation>ندارد: هویت ضعیف. دستگاه فقط با درگاهی که به آن وصل است شناخته می‌شود؛ اگر به درگاه دیگری وصل شود، مدخل تازه‌ای می‌شود.</translation>
    </message>
    <message>
        <source>Bus path</source>
        <translation>مسیر گذرگاه</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>ردهٔ دستگاه</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>رابط‌ها</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>درگاه سریال</translation>
    </message>
    <message>
        <source>Firmware replaceable over USB DFU</source>
        <translation>میان‌افزار از راه DFU در USB قابل جایگزینی است</translation>
    </message>
    <message>
        <source>Mass storage exposed</source>
        <translation>حافظهٔ انبوه در دسترس است</translation>
    </message>
    <message>
        <source>Observed by SMP probe on %1 at %2</source>
        <extracomment>Provenance: observed by an SMP probe over a serial port, with the time</extracomment>
        <translation>مشاهده‌شده با کاوش SMP روی %1 در %2</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>جزئیات فنی: %1</translation>
    </message>
    <message>
        <source>Device management (SMP) answered over USB without authentication: anyone with this cable could upload firmware or reset the device.</source>
        <translation>مدیریت دستگاه (SMP) بدون احراز هویت از راه USB پاسخ داد: هر کسی با این کابل می‌تواند میان‌افزار بارگذاری کند یا دستگاه را دوباره راه‌اندازی کند.</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>پژواک</translation>
    </message>
    <message>
        <source>OS and application</source>
        <translation>سیستم‌عامل و برنامه</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>Management buffers</source>
        <translation>بافرهای مدیریت</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 عدد، هر یک %2 بایت</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>refuses older firmware</source>
        <translation>میان‌افزار قدیمی‌تر را نمی‌پذیرد</translation>
    </message>
    <message>
        <source>Bootloader</source>
        <translation>بوت‌لودر</translation>
    </message>
    <message>
        <source>The device does not list its firmware images.</source>
        <translation>دستگاه فهرست ایمیج‌های میان‌افزارش را ارائه نمی‌کند.</translation>
    </message>
    <message>
        <source>Image and slot</source>
        <translation>ایمیج و جایگاه</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>هش</translation>
    </message>
    <message>
        <source>image %1, slot %2</source>
        <translation>ایمیج %1، جایگاه %2</translation>
    </message>
    <message>
        <source>Probing %1 over SMP…</source>
        <translation>در حال کاوش %1 از راه SMP…</translation>
    </message>
    <message>
        <source>Probe finished.</source>
        <translation>کاوش پایان یافت.</translation>
    </message>
    <message>
        <source>Probe cancelled.</source>
        <translation>کاوش لغو شد.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::DevicePostureModel</name>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>برچسب اموال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Worst open finding</source>
        <translation>شدیدترین یافتهٔ باز</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>یافته‌های باز</translation>
    </message>
</context>
<context>
    <name>pasban::ui::DeviceTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <source>Unknown company %1</source>
        <translation>شرکت ناشناختهٔ %1</translation>
    </message>
    <message>
        <source>Not advertised</source>
        <translation>اعلام نشده</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <extracomment>RSSI in decibel-milliwatts, then a small trend graph</extracomment>
        <translation>%1 ‪dBm‬</translation>
    </message>
    <message>
        <source>Firmware update over SMP</source>
        <translation>به‌روزرسانی میان‌افزار از راه ‪SMP‬</translation>
    </message>
    <message>
        <source>Nordic DFU</source>
        <translation>‪Nordic DFU‬</translation>
    </message>
    <message>
        <source>Bluetooth LE</source>
        <translation>بلوتوث کم‌مصرف</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>ردهٔ دستگاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>نوع نشانی</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>سیگنال</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>به‌روزرسانی میان‌افزار</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>گذرگاه</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>نخستین مشاهده</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین مشاهده</translation>
    </message>
    <message>
        <source>USB bus path</source>
        <extracomment>Address type of a USB device: it has a bus path, not a Bluetooth address</extracomment>
        <translation>مسیر گذرگاه USB</translation>
    </message>
    <message>
        <source>USB DFU</source>
        <translation>DFU در USB</translation>
    </message>
</context>
<context>
    <name>pasban::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Filter by name, address, manufacturer or class</source>
        <translation>پالایش بر پایهٔ نام، نشانی، سازنده یا رده</translation>
    </message>
    <message>
        <source>All device classes</source>
        <translation>همهٔ رده‌های دستگاه</translation>
    </message>
    <message>
        <source>All transports</source>
        <translation>همهٔ گذرگاه‌ها</translation>
    </message>
    <message>
        <source>Bluetooth LE</source>
        <translation>بلوتوث کم‌مصرف</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;توقف</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;پویش</translation>
    </message>
    <message>
        <source>Bluetooth scanning is not available in this build.</source>
        <translation>پویش بلوتوث در این ساخت در دسترس نیست.</translation>
    </message>
    <message>
        <source>Demo fleet: these devices are simulated by Pasban; no radio is used. Start Pasban without --demo on a computer with Bluetooth to see real devices.</source>
        <translation>ناوگان نمایشی: این دستگاه‌ها را پاسبان شبیه‌سازی کرده است و هیچ رادیویی به کار نمی‌رود. برای دیدن دستگاه‌های واقعی، پاسبان را بدون گزینهٔ نمایشی روی رایانه‌ای با بلوتوث اجرا کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning: %n device(s) found</source>
        <extracomment>Scan progress: devices found so far, seconds left</extracomment>
        <translation>
            <numerusform>در حال پویش: %n دستگاه پیدا شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n ثانیه مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Interrogate…</source>
        <translation>&amp;بازجویی…</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;رونوشت ردیف</translation>
    </message>
    <message>
        <source>No devices yet.
Press Scan to look for Bluetooth LE devices nearby, or Import to bring in the inventory of the maintenance system (CMMS).</source>
        <translation>هنوز دستگاهی نیست.
برای یافتن دستگاه‌های بلوتوث کم‌مصرف در نزدیکی، «پویش» را بزنید، یا با «ورود» سیاههٔ تجهیزات سامانهٔ نگهداری (‪CMMS‬) را بیاورید.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ورود…</translation>
    </message>
    <message>
        <source>Import devices from the maintenance system (CSV or JSON), with a preview</source>
        <translation>ورود دستگاه‌ها از سامانهٔ نگهداری (‪CSV‬ یا ‪JSON‬)، با پیش‌نمایش</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;برون‌بری…</translation>
    </message>
    <message>
        <source>Write the inventory as CSV, JSON or FHIR for the maintenance system</source>
        <translation>نوشتن سیاههٔ تجهیزات به‌صورت ‪CSV‬، ‪JSON‬ یا ‪FHIR‬ برای سامانهٔ نگهداری</translation>
    </message>
    <message>
        <source>Seen in this session</source>
        <translation>دیده‌شده در این نشست</translation>
    </message>
    <message>
        <source>Whole inventory</source>
        <translation>کل سیاههٔ تجهیزات</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>ورود دستگاه‌ها</translation>
    </message>
    <message>
        <source>Inventory files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>پرونده‌های سیاههٔ تجهیزات (*.csv *.json);;پرونده‌های CSV (*.csv);;پرونده‌های JSON (*.json);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet, maintenance system)</source>
        <translation>‪CSV‬ (صفحه‌گسترده، سامانهٔ نگهداری)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>‪JSON‬</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle of Device resources</source>
        <translation>بستهٔ ‪FHIR R4‬ از منابع ‪Device‬</translation>
    </message>
    <message>
        <source>Export the inventory</source>
        <translation>برون‌بری سیاههٔ تجهیزات</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
</context>
<context>
    <name>pasban::ui::FindingDetailView</name>
    <message>
        <source>Severity: %1</source>
        <translation>شدت: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation>‪CVSS‬ %1</translation>
    </message>
    <message>
        <source>Known to be exploited</source>
        <translation>بهره‌برداری از آن گزارش شده است</translation>
    </message>
    <message>
        <source>Risk accepted by %1 on %2 until %3: %4</source>
        <translation>ریسک را %1 در %2 تا %3 پذیرفته است: %4</translation>
    </message>
    <message>
        <source>an unnamed operator</source>
        <translation>کاربری بی‌نام</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation>روش: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>توسط %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>چرا مهم است</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <source>References</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <source>MDS2</source>
        <translation>‪MDS2‬</translation>
    </message>
    <message>
        <source>IEC 62443-4-2</source>
        <translation>‪IEC 62443-4-2‬</translation>
    </message>
    <message>
        <source>HIPAA Security Rule</source>
        <translation>قاعدهٔ امنیتی ‪HIPAA‬</translation>
    </message>
    <message>
        <source>CVE</source>
        <translation>‪CVE‬</translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>اطلاعیه‌های امنیتی</translation>
    </message>
    <message>
        <source>CWE</source>
        <translation>‪CWE‬</translation>
    </message>
    <message>
        <source>Finding id: %1</source>
        <translation>شناسهٔ یافته: %1</translation>
    </message>
</context>
<context>
    <name>pasban::ui::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>یافته</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>CVSS</source>
        <extracomment>Common Vulnerability Scoring System base score; keep the acronym</extracomment>
        <translation>‪CVSS‬</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>منبع آگاهی</translation>
    </message>
</context>
<context>
    <name>pasban::ui::FirmwarePage</name>
    <message>
        <source>Import firmware package</source>
        <translation>وارد کردن بستهٔ میان‌افزار</translation>
    </message>
    <message>
        <source>Pasban firmware packages (*.pasbanpkg);;All files (*)</source>
        <translation>بسته‌های میان‌افزار پاسبان (‪*.pasbanpkg‬);;همهٔ فایل‌ها (‪*‬)</translation>
    </message>
    <message>
        <source>Import unverified image</source>
        <translation>وارد کردن تصویر تأییدنشده</translation>
    </message>
    <message>
        <source>The firmware library could not be read.</source>
        <translation>کتابخانهٔ میان‌افزار خوانده نشد.</translation>
    </message>
    <message>
        <source>The trust store could not be read.</source>
        <translation>مخزن اعتماد خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 is not a firmware package Pasban can read.</source>
        <translation>%1 بستهٔ میان‌افزاری نیست که پاسبان بتواند بخواند.</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>وارسی %1</translation>
    </message>
    <message>
        <source>Every check passed. Package %1 from %2, version %3.</source>
        <translation>همهٔ بررسی‌ها موفق بود. بستهٔ %1 از %2، نسخهٔ %3.</translation>
    </message>
    <message>
        <source>The package failed verification and cannot be imported.</source>
        <translation>بسته در وارسی رد شد و نمی‌توان آن را وارد کرد.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>The package was not imported.</source>
        <translation>بسته وارد نشد.</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>%1 با نسخهٔ %2 وارد شد.</translation>
    </message>
    <message>
        <source>Import an unverified image</source>
        <translation>وارد کردن یک تصویر تأییدنشده</translation>
    </message>
    <message>
        <source>%1 has no signed manifest. Pasban cannot tell who built it, whether it was changed, or which devices it is meant for. A device that runs firmware from an unknown source may harm patients. Import it only if you know where it comes from; the import and your reason are recorded in the audit log.</source>
        <translation>%1 مانیفست امضاشده ندارد. پاسبان نمی‌تواند بگوید چه کسی آن را ساخته، آیا تغییر کرده یا برای کدام دستگاه‌ها است. دستگاهی که میان‌افزاری از منبع ناشناس اجرا کند ممکن است به بیمار آسیب بزند. تنها اگر می‌دانید از کجا آمده است آن را وارد کنید؛ این کار و دلیل شما در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>e.g. PX-100, PX-200</source>
        <translation>برای نمونه ‪PX-100, PX-200‬</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>دلیل (الزامی):</translation>
    </message>
    <message>
        <source>Device models:</source>
        <translation>مدل‌های دستگاه:</translation>
    </message>
    <message>
        <source>Import unverified</source>
        <translation>وارد کردن بدون تأیید</translation>
    </message>
    <message>
        <source>The image was not imported.</source>
        <translation>تصویر وارد نشد.</translation>
    </message>
    <message>
        <source>Imported unverified image %1, version %2.</source>
        <translation>تصویر تأییدنشدهٔ %1 با نسخهٔ %2 وارد شد.</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>حذف بسته</translation>
    </message>
    <message>
        <source>Remove %1 from the firmware library? It can no longer be pushed to devices until it is imported again.</source>
        <translation>%1 از کتابخانهٔ میان‌افزار حذف شود؟ تا دوباره وارد نشود نمی‌توان آن را روی دستگاه‌ها نصب کرد.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The package was not removed.</source>
        <translation>بسته حذف نشد.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 حذف شد.</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>میان‌افزار</translation>
    </message>
    <message>
        <source>The audit log is not recording, so packages cannot be imported, removed or pushed. Unlock the audit log to make changes.</source>
        <translation>گزارش ممیزی در حال ثبت نیست، پس نمی‌توان بسته‌ها را وارد، حذف یا نصب کرد. برای ایجاد تغییر، قفل گزارش ممیزی را باز کنید.</translation>
    </message>
    <message>
        <source>No firmware packages yet — Import a signed package from its vendor to check it and keep it here for pushes.</source>
        <translation>هنوز بستهٔ میان‌افزاری نیست — بستهٔ امضاشدهٔ سازنده را وارد کنید تا وارسی شود و برای نصب در اینجا نگه داشته شود.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <source>Import unverified image…</source>
        <translation>وارد کردن تصویر تأییدنشده…</translation>
    </message>
    <message>
        <source>Push to a device…</source>
        <translation>نصب روی یک دستگاه…</translation>
    </message>
    <message>
        <source>The push was not started.</source>
        <translation>ارسال آغاز نشد.</translation>
    </message>
    <message>
        <source>MCUboot images and Nordic DFU packages (*.bin *.zip);;All files (*)</source>
        <translation>تصویرهای MCUboot و بسته‌های DFU نوردیک (‪*.bin *.zip‬);;همهٔ فایل‌ها (‪*‬)</translation>
    </message>
    <message>
        <source>Imported the unverified application image of the Nordic DFU package as %1, version %2.</source>
        <translation>تصویر برنامهٔ تأییدنشدهٔ بستهٔ DFU نوردیک با شناسهٔ %1 و نسخهٔ %2 وارد شد.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::FlowDeclarationDialog</name>
    <message>
        <source>Carries &amp;patient data</source>
        <translation>دادهٔ &amp;بیمار دارد</translation>
    </message>
    <message>
        <source>Declare a data flow</source>
        <translation>اعلام یک جریان داده</translation>
    </message>
    <message>
        <source>Change a declared data flow</source>
        <translation>تغییر یک جریان دادهٔ اعلام‌شده</translation>
    </message>
    <message>
        <source>For this &amp;device only (%1)</source>
        <translation>فقط برای این &amp;دستگاه (%1)</translation>
    </message>
    <message>
        <source>For every device of this &amp;model (model unknown)</source>
        <translation>برای همهٔ دستگاه‌های این &amp;مدل (مدل نامعلوم)</translation>
    </message>
    <message>
        <source>For every device of this &amp;model (%1)</source>
        <translation>برای همهٔ دستگاه‌های این &amp;مدل (%1)</translation>
    </message>
    <message>
        <source>e.g. Ward 4 gateway, hospital EHR, vendor cloud</source>
        <translation>مثلاً درگاه بخش ۴، پروندهٔ الکترونیک بیمارستان، ابر سازنده</translation>
    </message>
    <message>
        <source>e.g. MDS2 TXCF-2, manual section 4.2, survey of 12 May</source>
        <translation>مثلاً MDS2 TXCF-2، بخش ۴٫۲ راهنما، بازدید ۲۲ اردیبهشت</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>مربوط به:</translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation>&amp;مقصد از نوع:</translation>
    </message>
    <message>
        <source>&amp;Destination name:</source>
        <translation>&amp;نام مقصد:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>روش ا&amp;نتقال:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;رمزنگاری:</translation>
    </message>
    <message>
        <source>Data &amp;types:</source>
        <translation>&amp;انواع داده:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;منبع:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;ارجاع:</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>ا&amp;علام</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Name the destination, so others know where the data goes.</source>
        <translation>نام مقصد را بنویسید تا دیگران بدانند داده به کجا می‌رود.</translation>
    </message>
    <message>
        <source>Give a reference for the declaration (an MDS2 question, a document, a survey).</source>
        <translation>برای این اعلام ارجاعی بدهید (یک پرسش MDS2، یک سند، یک بازدید).</translation>
    </message>
</context>
<context>
    <name>pasban::ui::FlowsPage</name>
    <message>
        <source>Data flows</source>
        <translation>جریان داده‌ها</translation>
    </message>
    <message>
        <source>Where each device&apos;s patient data goes and whether it is protected on the way. Links the console observed are marked verified; links engineers declared are dashed until an interrogation confirms or disproves them.</source>
        <translation>دادهٔ بیمارِ هر دستگاه به کجا می‌رود و آیا در مسیر محافظت می‌شود. پیوندهایی که کنسول دیده است «تأییدشده» نشان داده می‌شوند؛ پیوندهایی که مهندسان اعلام کرده‌اند تا وقتی پرسش‌وجو آن‌ها را تأیید یا رد کند خط‌چین‌اند.</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>د&amp;ستگاه:</translation>
    </message>
    <message>
        <source>&amp;Declare flow…</source>
        <translation>ا&amp;علام جریان…</translation>
    </message>
    <message>
        <source>State where this device&apos;s data goes (from an MDS2 form, a vendor document or a site survey).</source>
        <translation>بگویید دادهٔ این دستگاه به کجا می‌رود (از فرم MDS2، سند سازنده یا بازدید میدانی).</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>برون‌بری S&amp;VG…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>برون‌بری &amp;PNG…</translation>
    </message>
    <message>
        <source>Declared flows</source>
        <translation>جریان‌های اعلام‌شده</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>مقصد از نوع</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>روش انتقال</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>رمزنگاری</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>داده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>اعلام</translation>
    </message>
    <message>
        <source>No devices in the inventory yet. Scan on the Devices page; every device found appears here with what the console observed, and you can declare where its data goes.</source>
        <translation>هنوز دستگاهی در فهرست اموال نیست. در صفحهٔ دستگاه‌ها پویش کنید؛ هر دستگاه یافته‌شده با آنچه کنسول دیده است این‌جا می‌آید و می‌توانید اعلام کنید داده‌اش به کجا می‌رود.</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>همهٔ دستگاه‌ها</translation>
    </message>
    <message>
        <source>%1 (asset %2)</source>
        <translation>%1 (شمارهٔ اموال %2)</translation>
    </message>
    <message numerus="yes">
        <source>Declarations contradicted by what the console observed: %n. The device&apos;s health data was read without pairing; the Security posture page lists each one as a finding.</source>
        <translation>
            <numerusform>اعلام‌هایی که آنچه کنسول دیده نقضشان می‌کند: %n. دادهٔ سلامت دستگاه بدون جفت‌سازی خوانده شد؛ صفحهٔ وضعیت امنیتی هر یک را به‌عنوان یافته فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a device first: a flow is declared for a device or its model.</source>
        <translation>نخست یک دستگاه را برگزینید: جریان برای یک دستگاه یا مدل آن اعلام می‌شود.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>مدل %1</translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation>دادهٔ بیمار</translation>
    </message>
    <message>
        <source>No patient data</source>
        <translation>بدون دادهٔ بیمار</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 توسط %2</translation>
    </message>
    <message>
        <source>Remove declared flow</source>
        <translation>حذف جریان اعلام‌شده</translation>
    </message>
    <message>
        <source>Remove the declared flow to %1? The diagram and the posture findings will no longer take it into account. The removal is recorded in the audit log.</source>
        <translation>جریان اعلام‌شده به %1 حذف شود؟ نمودار و یافته‌های وضعیت امنیتی دیگر آن را در نظر نمی‌گیرند. این حذف در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>تصویرهای SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the data-flow diagram</source>
        <translation>برون‌بری نمودار جریان داده‌ها</translation>
    </message>
    <message>
        <source>Pasban: patient-data flows</source>
        <translation>پاسبان: جریان‌های دادهٔ بیمار</translation>
    </message>
</context>
<context>
    <name>pasban::ui::ForwardingSettings</name>
    <message>
        <source>Connection test passed (%1): the server&apos;s certificate was accepted and the server accepted this console.</source>
        <translation>آزمون اتصال موفق بود (%1): گواهی کارساز پذیرفته شد و کارساز نیز این کنسول را پذیرفت.</translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation>آزمون اتصال ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>انتخاب پروندهٔ PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>پرونده‌های PEM (*.pem *.crt *.key);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The change was not applied because it could not be recorded in the audit log: %1</source>
        <translation>تغییر اعمال نشد، چون ثبت آن در گزارش ممیزی ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Forwarding settings saved.</source>
        <translation>تنظیمات ارسال ذخیره شد.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>در حال آزمودن اتصال…</translation>
    </message>
    <message>
        <source>Central audit forwarding</source>
        <translation>ارسال متمرکز گزارش ممیزی</translation>
    </message>
    <message>
        <source>&amp;Send the audit log to a central syslog server</source>
        <translation>&amp;ارسال گزارش ممیزی به کارساز مرکزی ‪syslog‬</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;میزبان:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;درگاه:</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>&amp;نام کارساز:</translation>
    </message>
    <message>
        <source>the same as the host</source>
        <translation>همان میزبان</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;پروندهٔ CA:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;گواهی کارخواه:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;کلید کارخواه:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>انتخاب پرونده</translation>
    </message>
    <message>
        <source>Events are sent as syslog over TLS (%1) in the %2 format, in order, and kept until the server has them. The server&apos;s certificate must be signed by the CA file and carry the server name; this console proves itself with its client certificate. The key file must not be protected by a passphrase.</source>
        <extracomment>%1 is the standard name RFC 5425, %2 the profile name IHE ATNA</extracomment>
        <translation>رویدادها به‌صورت ‪syslog‬ روی TLS (%1) و در قالب %2، به ترتیب ارسال می‌شوند و تا زمانی که به کارساز برسند نگه داشته می‌شوند. گواهی کارساز باید با پروندهٔ CA امضا شده باشد و نام کارساز را داشته باشد؛ این کنسول هویت خود را با گواهی کارخواهش اثبات می‌کند. پروندهٔ کلید نباید با عبارت عبور محافظت شده باشد.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;اعمال</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;آزمودن اتصال</translation>
    </message>
    <message>
        <source>Forwarding starts when the audit log is open.</source>
        <translation>ارسال پس از باز شدن گزارش ممیزی آغاز می‌شود.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::InterrogateDialog</name>
    <message>
        <source>Interrogate device</source>
        <translation>بازجویی دستگاه</translation>
    </message>
    <message>
        <source>Connect to %1 (%2) without pairing?</source>
        <translation>بدون جفت‌سازی به %1 (%2) وصل شویم؟</translation>
    </message>
    <message>
        <source>Pasban reads what the device reveals and tries to read or subscribe to its health measurements. It never writes to a clinical characteristic and never starts pairing. While connected, the device may not serve its usual phone or monitor.</source>
        <translation>پاسبان آنچه دستگاه آشکار می‌کند را می‌خواند و می‌کوشد اندازه‌گیری‌های سلامت آن را بخواند یا مشترک شود. هرگز در مشخصهٔ بالینی نمی‌نویسد و هرگز جفت‌سازی را آغاز نمی‌کند. تا اتصال برقرار است، شاید دستگاه به گوشی یا نمایشگر همیشگی‌اش خدمت ندهد.</translation>
    </message>
    <message>
        <source> seconds</source>
        <extracomment>Suffix of the listening time, after the number</extracomment>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>&amp;Listen to measurements for:</source>
        <translation>&amp;مدت شنیدن اندازه‌گیری‌ها:</translation>
    </message>
    <message>
        <source>&amp;Interrogate</source>
        <translation>&amp;بازجویی</translation>
    </message>
</context>
<context>
    <name>pasban::ui::InventoryImportDialog</name>
    <message>
        <source>entry %1</source>
        <translation>مدخل %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>سطر %1</translation>
    </message>
    <message>
        <source>Import devices from the maintenance system</source>
        <translation>ورود دستگاه‌ها از سامانهٔ نگهداری</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>پرونده: %1</translation>
    </message>
    <message>
        <source>Refuse columns that are not inventory fields (strict)</source>
        <translation>رد ستون‌هایی که فیلد سیاههٔ تجهیزات نیستند (سخت‌گیرانه)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;وارد کن</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>چه می‌شود</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>پرونده خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it.</source>
        <translation>پرونده بزرگ‌تر از %1 مبی‌بایت است؛ آن را تقسیم کنید.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن پرونده…</translation>
    </message>
    <message>
        <source>Comparing with the inventory: %1 of %2 rows</source>
        <translation>مقایسه با سیاههٔ تجهیزات: %1 از %2 ردیف</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>در حال ورود: %1 از %2 ردیف</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read into the inventory.</source>
        <translation>لغو شد: چیزی به سیاههٔ تجهیزات خوانده نشد.</translation>
    </message>
    <message>
        <source>Rejected: %1 row(s)</source>
        <translation>ردشده: %1 ردیف</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>⚠ Rejected: %1</source>
        <extracomment>A rejected row: a mark and a word, never colour alone</extracomment>
        <translation>⚠ رد شد: %1</translation>
    </message>
    <message>
        <source>To update: %1 device(s)</source>
        <translation>برای به‌روزرسانی: %1 دستگاه</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>به‌روزرسانی %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <extracomment>One changed field: its name, the value before and after</extracomment>
        <translation>%1: «%2» ← «%3»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>To add: %1 device(s)</source>
        <translation>برای افزودن: %1 دستگاه</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>افزودن %1</translation>
    </message>
    <message>
        <source>%1 row(s): %2 to add, %3 to update, %4 unchanged, %5 rejected.</source>
        <translation>%1 ردیف: %2 برای افزودن، %3 برای به‌روزرسانی، %4 بدون تغییر، %5 ردشده.</translation>
    </message>
    <message>
        <source>Ignored columns (not inventory fields): %1.</source>
        <translation>ستون‌های نادیده‌گرفته‌شده (فیلد سیاههٔ تجهیزات نیستند): %1.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>وارد شد.</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected: correct the file and import it again.</source>
        <translation>تا وقتی ردیف‌هایی رد شده‌اند، چیزی وارد نمی‌شود: پرونده را اصلاح کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The inventory already holds all of this.</source>
        <translation>همهٔ این‌ها از پیش در سیاههٔ تجهیزات هست.</translation>
    </message>
    <message>
        <source>Not imported: the audit log could not record it. %1</source>
        <translation>وارد نشد: گزارش ممیزی نتوانست آن را ثبت کند. %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Cancelled: the inventory was not changed.</source>
        <translation>لغو شد: سیاههٔ تجهیزات تغییری نکرد.</translation>
    </message>
    <message>
        <source>Not imported; the inventory was not changed. %1</source>
        <translation>وارد نشد؛ سیاههٔ تجهیزات تغییری نکرد. %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>pasban::ui::InventoryTableModel</name>
    <message>
        <source>declared %1, observed %2</source>
        <extracomment>Firmware column when declared and observed versions differ</extracomment>
        <translation>اعلام‌شده %1، مشاهده‌شده %2</translation>
    </message>
    <message>
        <source>⚠ Seen; declared and observed values differ</source>
        <translation>⚠ دیده‌شده؛ مقادیر اعلام‌شده و مشاهده‌شده متفاوت‌اند</translation>
    </message>
    <message>
        <source>✔ Seen and declared</source>
        <translation>✔ دیده‌شده و اعلام‌شده</translation>
    </message>
    <message>
        <source>Declared, not seen yet</source>
        <translation>اعلام‌شده، هنوز دیده نشده</translation>
    </message>
    <message>
        <source>Seen, not declared</source>
        <translation>دیده‌شده، اعلام نشده</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>برچسب اموال</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>شمارهٔ سریال</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>میان‌افزار</translation>
    </message>
    <message>
        <source>Declared and observed</source>
        <translation>اعلام‌شده و مشاهده‌شده</translation>
    </message>
</context>
<context>
    <name>pasban::ui::LoginDialog</name>
    <message>
        <source>Pasban is locked</source>
        <translation>پاسبان قفل است</translation>
    </message>
    <message>
        <source>Log in to Pasban</source>
        <translation>ورود به پاسبان</translation>
    </message>
    <message>
        <source>The console was locked after a period without use. Running jobs continue. Enter your password to go on.</source>
        <translation>کنسول پس از مدتی بی‌کاری قفل شد. کارهای در حال اجرا ادامه دارند. برای ادامه، گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter your operator name and password.</source>
        <translation>نام کاربری و گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation>دسترسی اضطراری (شکستن شیشه)</translation>
    </message>
    <message>
        <source>Gives clinical engineer rights for a limited time. The reason, the start and the end are recorded in the audit log.</source>
        <translation>برای مدتی محدود اختیارات مهندس بالینی را می‌دهد. دلیل، آغاز و پایان آن در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>دقیقه:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ورود</translation>
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
    <message>
        <source>Audit log: recording</source>
        <translation>گزارش ممیزی: در حال ثبت</translation>
    </message>
    <message>
        <source>Audit log: locked</source>
        <translation>گزارش ممیزی: قفل</translation>
    </message>
    <message>
        <source>Audit log: recording failed</source>
        <translation>گزارش ممیزی: ثبت ناموفق بود</translation>
    </message>
    <message>
        <source>Audit log: stopped</source>
        <translation>گزارش ممیزی: متوقف</translation>
    </message>
    <message>
        <source>Export security &amp;report (PDF)…</source>
        <translation>برون‌بری &amp;گزارش امنیتی (PDF)…</translation>
    </message>
    <message>
        <source>Every device&apos;s findings with their evidence, the score, charts and the data flows, in the current language.</source>
        <translation>یافته‌های هر دستگاه با شواهدشان، امتیاز، نمودارها و جریان داده‌ها، به زبان کنونی.</translation>
    </message>
    <message>
        <source>Export security report</source>
        <translation>برون‌بری گزارش امنیتی</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Security report written to %1.</source>
        <translation>گزارش امنیتی در %1 نوشته شد.</translation>
    </message>
    <message>
        <source>Operator accounts: off</source>
        <translation>حساب‌های کاربری: خاموش</translation>
    </message>
    <message>
        <source>Anyone at this computer can do everything here. To require a log-in, create the first clinical engineer with %1.</source>
        <extracomment>%1 is the command pasban-cli operator init</extracomment>
        <translation>هر کسی پشت این رایانه می‌تواند همهٔ کارها را انجام دهد. برای الزام به ورود، نخستین مهندس بالینی را با %1 بسازید.</translation>
    </message>
    <message>
        <source>Bluetooth: scanning, %1 devices</source>
        <translation>بلوتوث: در حال پویش، %1 دستگاه</translation>
    </message>
    <message>
        <source>Bluetooth: %1 devices</source>
        <translation>بلوتوث: %1 دستگاه</translation>
    </message>
    <message>
        <source>Bluetooth: no adapter</source>
        <translation>بلوتوث: آداپتوری نیست</translation>
    </message>
    <message>
        <source>Bluetooth: adapter off</source>
        <translation>بلوتوث: آداپتور خاموش است</translation>
    </message>
    <message>
        <source>Bluetooth: access refused</source>
        <translation>بلوتوث: دسترسی رد شد</translation>
    </message>
    <message>
        <source>The simulated demo fleet: no Bluetooth adapter is in use.</source>
        <translation>ناوگان نمایشی شبیه‌سازی‌شده: هیچ آداپتور بلوتوثی به کار نمی‌رود.</translation>
    </message>
    <message>
        <source>Devices seen over Bluetooth LE since the console started.</source>
        <translation>دستگاه‌هایی که از آغاز به کار کنسول از راه بلوتوث کم‌مصرف دیده شده‌اند.</translation>
    </message>
    <message>
        <source>USB: %1 devices</source>
        <translation>درگاه USB: %1 دستگاه</translation>
    </message>
    <message>
        <source>USB: no devices found</source>
        <translation>درگاه USB: دستگاهی یافت نشد</translation>
    </message>
    <message>
        <source>Simulated USB devices of the demo fleet.</source>
        <translation>دستگاه‌های USB شبیه‌سازی‌شدهٔ ناوگان نمایشی.</translation>
    </message>
    <message>
        <source>USB devices connected to this computer.</source>
        <translation>دستگاه‌های USB وصل‌شده به این رایانه.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::OperatorAccess</name>
    <message>
        <source>Log in to do this.</source>
        <translation>برای این کار وارد شوید.</translation>
    </message>
    <message>
        <source>The emergency access has ended. Log in again to do this.</source>
        <translation>دسترسی اضطراری به پایان رسیده است. برای این کار دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Needs the %1 role to %2. You are signed in as %3.</source>
        <extracomment>%1 is a role (e.g. Clinical engineer), %2 an action (e.g. manage the trust store), %3 the operator&apos;s role</extracomment>
        <translation>برای %2 نقش %1 لازم است. شما با نقش %3 وارد شده‌اید.</translation>
    </message>
    <message>
        <source>Needs one of the roles %1 to %2. You are signed in as %3.</source>
        <extracomment>%1 is a list of roles, %2 an action (e.g. export the audit log and reports), %3 the operator&apos;s role</extracomment>
        <translation>برای %2 یکی از نقش‌های %1 لازم است. شما با نقش %3 وارد شده‌اید.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>pasban::ui::PackageTableModel</name>
    <message>
        <source>Unverified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Verified, not approved</source>
        <translation>وارسی‌شده، تأییدنشده برای انتشار</translation>
    </message>
    <message>
        <source>Imported without a signed manifest: nothing vouches for its origin.</source>
        <translation>بدون مانیفست امضاشده وارد شده است: هیچ چیز منشأ آن را تضمین نمی‌کند.</translation>
    </message>
    <message>
        <source>Signed by %1; approved by %2</source>
        <translation>امضاشده به‌دست %1؛ تأییدشده به‌دست %2</translation>
    </message>
    <message>
        <source>Signed by %1; no hospital approval</source>
        <translation>امضاشده به‌دست %1؛ بدون تأیید بیمارستان</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>بیان‌نشده</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>مدل‌ها</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>شمارهٔ ترتیب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <source>The application image of a Nordic DFU package, imported without a signed manifest: nothing vouches for its origin.</source>
        <translation>تصویر برنامهٔ یک بستهٔ DFU نوردیک که بدون مانیفست امضاشده وارد شده است: هیچ چیز منشأ آن را تضمین نمی‌کند.</translation>
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
        <source>Here you will see where each device&apos;s patient data goes and whether it is encrypted on the way: cleartext flows in a warning colour, verified encryption solid, unknown grey.</source>
        <translation>در اینجا می‌بینید داده‌های بیمار هر دستگاه به کجا می‌رود و آیا در مسیر رمزگذاری می‌شود: جریان‌های بی‌رمز با رنگ هشدار، رمزگذاری تأییدشده با خط پیوسته، و ناشناخته‌ها خاکستری.</translation>
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
        <source>This page is not built yet. Nothing is hidden from you here: the feature will appear in a later version of Pasban.</source>
        <translation>این صفحه هنوز ساخته نشده است. چیزی از شما پنهان نیست: این قابلیت در نسخه‌ای بعدی از پاسبان می‌آید.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::PostureCharts</name>
    <message>
        <source>Devices by worst open finding</source>
        <translation>دستگاه‌ها بر پایهٔ شدیدترین یافتهٔ باز</translation>
    </message>
    <message>
        <source>Most frequent open findings (devices)</source>
        <translation>پرتکرارترین یافته‌های باز (شمار دستگاه‌ها)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Fleet score over time</source>
        <translation>امتیاز کل در گذر زمان</translation>
    </message>
    <message>
        <source>Fleet score</source>
        <translation>امتیاز کل</translation>
    </message>
    <message>
        <source>%1: on %2 devices</source>
        <extracomment>Tooltip of a bar in &quot;Most frequent open findings&quot;: %1 a finding&apos;s title, %2 how many devices</extracomment>
        <translation>%1: روی %2 دستگاه</translation>
    </message>
</context>
<context>
    <name>pasban::ui::PosturePage</name>
    <message>
        <source>No open finding</source>
        <translation>بدون یافتهٔ باز</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <extracomment>%1 is the status (&quot;Risk accepted&quot;, &quot;Acceptance expired&quot;), %2 the expiry date</extracomment>
        <translation>%1 (تا %2)</translation>
    </message>
    <message>
        <source>Security posture</source>
        <translation>وضعیت امنیتی</translation>
    </message>
    <message>
        <source>For every device: what is wrong, how it was observed, why it matters and what to do, with a score from 0 to 100 for each device and for the fleet. Each open finding takes points by severity; accepted risks take none until they expire.</source>
        <translation>برای هر دستگاه: چه ایرادی دارد، چگونه مشاهده شده، چرا مهم است و چه باید کرد؛ همراه با امتیازی از ۰ تا ۱۰۰ برای هر دستگاه و برای کل دستگاه‌ها. هر یافتهٔ باز به اندازهٔ شدتش از امتیاز می‌کاهد؛ ریسک‌های پذیرفته‌شده تا زمان انقضا چیزی نمی‌کاهند.</translation>
    </message>
    <message>
        <source>&amp;Import advisories</source>
        <translation>&amp;ورود اطلاعیه‌ها</translation>
    </message>
    <message>
        <source>Advisory &amp;files…</source>
        <translation>&amp;پرونده‌های اطلاعیه…</translation>
    </message>
    <message>
        <source>Import CSAF 2.0 advisories (for example from CISA). A .sha512 file beside an advisory is checked; one bad file and nothing is imported.</source>
        <translation>ورود اطلاعیه‌های امنیتی ‪CSAF 2.0‬ (برای نمونه از ‪CISA‬). پروندهٔ ‪.sha512‬ کنار هر اطلاعیه بررسی می‌شود؛ اگر حتی یک پرونده نادرست باشد، هیچ‌چیز وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>Advisory f&amp;older…</source>
        <translation>پو&amp;شهٔ اطلاعیه‌ها…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Accept &amp;risk…</source>
        <translation>پذیرش &amp;ریسک…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>No devices in the inventory yet. Scan on the Devices page or import the inventory from the CMMS; every device then gets its findings and a score here.</source>
        <translation>هنوز دستگاهی در فهرست اموال نیست. در صفحهٔ دستگاه‌ها پویش کنید یا فهرست اموال را از ‪CMMS‬ وارد کنید؛ آنگاه یافته‌ها و امتیاز هر دستگاه اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Fleet score: %1 of 100 · devices: %2 · advisories known: %3</source>
        <translation>امتیاز کل: %1 از ۱۰۰ · دستگاه‌ها: %2 · اطلاعیه‌های شناخته‌شده: %3</translation>
    </message>
    <message>
        <source>Findings of %1: score %2 of 100</source>
        <translation>یافته‌های %1: امتیاز %2 از ۱۰۰</translation>
    </message>
    <message>
        <source>No findings for this device.</source>
        <translation>این دستگاه یافته‌ای ندارد.</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence, why it matters and what to do.</source>
        <translation>یک یافته را برگزینید تا شواهد، اهمیت و اقدام لازم آن را ببینید.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <source>Select a device to see its findings.</source>
        <translation>یک دستگاه را برگزینید تا یافته‌هایش را ببینید.</translation>
    </message>
    <message>
        <source>The risk was not accepted.</source>
        <translation>ریسک پذیرفته نشد.</translation>
    </message>
    <message>
        <source>Risk accepted until %1; recorded in the audit log.</source>
        <translation>ریسک تا %1 پذیرفته شد؛ در گزارش ممیزی ثبت شد.</translation>
    </message>
    <message>
        <source>Importing advisories: checking checksums and reading the files…</source>
        <translation>در حال ورود اطلاعیه‌ها: بررسی چکیده‌ها و خواندن پرونده‌ها…</translation>
    </message>
    <message>
        <source>Import advisories</source>
        <translation>ورود اطلاعیه‌ها</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>هیچ‌چیز وارد نشد: %1</translation>
    </message>
    <message>
        <source>Advisories imported: %1 (already known and replaced: %2; kept because the stored copy is newer: %3).</source>
        <translation>اطلاعیه‌های واردشده: %1 (از پیش موجود و جایگزین‌شده: %2؛ نگه‌داشته‌شده چون نسخهٔ ذخیره‌شده تازه‌تر است: %3).</translation>
    </message>
    <message>
        <source>Import advisories from a folder</source>
        <translation>ورود اطلاعیه‌ها از یک پوشه</translation>
    </message>
    <message>
        <source>Import advisory files</source>
        <translation>ورود پرونده‌های اطلاعیه</translation>
    </message>
    <message>
        <source>CSAF advisories (*.json)</source>
        <translation>اطلاعیه‌های ‪CSAF‬ (‪*.json‬)</translation>
    </message>
    <message>
        <source>No advisory was imported.</source>
        <translation>هیچ اطلاعیه‌ای وارد نشد.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::PushDialog</name>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>نصب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Push firmware</source>
        <translation>نصب میان‌افزار</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — نسخهٔ %2</translation>
    </message>
    <message>
        <source>Not in the inventory (enter the model)</source>
        <translation>در سیاههٔ دارایی نیست (مدل را وارد کنید)</translation>
    </message>
    <message>
        <source>UDP (host:port)</source>
        <translation>UDP (‪host:port‬)</translation>
    </message>
    <message>
        <source>Serial port (USB CDC-ACM)</source>
        <translation>درگاه سریال (USB CDC-ACM)</translation>
    </message>
    <message>
        <source>Bluetooth LE address</source>
        <translation>نشانی بلوتوث کم‌مصرف</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:1337, /dev/ttyACM0 or AA:BB:CC:DD:EE:FF</source>
        <translation>برای نمونه ‪127.0.0.1:1337‬، ‪/dev/ttyACM0‬ یا ‪AA:BB:CC:DD:EE:FF‬</translation>
    </message>
    <message>
        <source>Test, then confirm (recommended)</source>
        <translation>آزمایش، سپس تثبیت (پیشنهادی)</translation>
    </message>
    <message>
        <source>Confirm at once (no way back)</source>
        <translation>تثبیت فوری (بدون راه بازگشت)</translation>
    </message>
    <message>
        <source>Test only (reverts at the next restart)</source>
        <translation>فقط آزمایش (در راه‌اندازی بعدی برمی‌گردد)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>بسته:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>دستگاه:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>مدل:</translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation>ویرایش سخت‌افزار:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>پیوند:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>حالت:</translation>
    </message>
    <message>
        <source>Choose a package first.</source>
        <translation>نخست یک بسته انتخاب کنید.</translation>
    </message>
    <message>
        <source>The library&apos;s copy of the package cannot be read.</source>
        <translation>رونوشت بسته در کتابخانه خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The trust store could not be read.</source>
        <translation>مخزن اعتماد خوانده نشد.</translation>
    </message>
    <message>
        <source>The anti-rollback record could not be read.</source>
        <translation>سابقهٔ ضدبازگشت نسخه خوانده نشد.</translation>
    </message>
    <message>
        <source>Every check passed for %1. The device also refuses an older image and one it already runs when the update starts.</source>
        <translation>همهٔ بررسی‌ها برای %1 موفق بود. هنگام آغاز به‌روزرسانی، تصویر قدیمی‌تر یا تصویری که دستگاه هم‌اکنون اجرا می‌کند نیز پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Not every check passed: nothing will be sent. The failed checks say why.</source>
        <translation>همهٔ بررسی‌ها موفق نبود: چیزی فرستاده نمی‌شود. بررسی‌های ناموفق دلیل را می‌گویند.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>بازرسی</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>بارگذاری</translation>
    </message>
    <message>
        <source>Mark for test</source>
        <translation>علامت‌گذاری برای آزمایش</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>راه‌اندازی دوباره</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تثبیت</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>وارسی</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 از %2 بایت</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 کیلوبایت بر ثانیه</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n ثانیه مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>The update did not complete: %1</source>
        <translation>به‌روزرسانی کامل نشد: %1</translation>
    </message>
    <message>
        <source>The device already runs version %1: nothing was sent.</source>
        <translation>دستگاه هم‌اکنون نسخهٔ %1 را اجرا می‌کند: چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>Done: the device runs version %1 and has confirmed it.</source>
        <translation>انجام شد: دستگاه نسخهٔ %1 را اجرا می‌کند و آن را تثبیت کرده است.</translation>
    </message>
    <message>
        <source>The device runs version %1 on test; it returns to the previous image at its next restart unless the image is confirmed.</source>
        <translation>دستگاه نسخهٔ %1 را به‌صورت آزمایشی اجرا می‌کند؛ اگر تصویر تثبیت نشود، در راه‌اندازی بعدی به تصویر پیشین برمی‌گردد.</translation>
    </message>
    <message numerus="yes">
        <source>The link was lost %n time(s); the upload resumed each time.</source>
        <translation>
            <numerusform>پیوند %n بار قطع شد؛ بارگذاری هر بار از سر گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory could not be updated: %1</source>
        <translation>سیاههٔ دارایی به‌روز نشد: %1</translation>
    </message>
    <message>
        <source>Cancelling at the next safe point…</source>
        <translation>لغو در نخستین نقطهٔ امن…</translation>
    </message>
</context>
<context>
    <name>pasban::ui::SecondApprovalDialog</name>
    <message>
        <source>Second approval</source>
        <translation>تأیید نفر دوم</translation>
    </message>
    <message>
        <source>To %1, a second clinical engineer must approve what %2 is doing. They enter their own name and password; both names are recorded in the audit log.</source>
        <extracomment>%1 is an action, e.g. &quot;manage the trust store&quot;; %2 the operator asking for it</extracomment>
        <translation>برای %1، یک مهندس بالینی دیگر باید کار %2 را تأیید کند. او نام کاربری و گذرواژهٔ خود را وارد می‌کند؛ نام هر دو نفر در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Approving engineer:</source>
        <translation>&amp;مهندس تأییدکننده:</translation>
    </message>
    <message>
        <source>&amp;Their password:</source>
        <translation>&amp;گذرواژهٔ او:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>pasban::ui::SessionBanner</name>
    <message>
        <source>EMERGENCY ACCESS by %1 until %2 — reason: %3</source>
        <translation>دسترسی اضطراری %1 تا %2 — دلیل: %3</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>واردشده: %1 (%2)</translation>
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
        <source>The database, settings and files of this console are kept here. To use another folder, start Pasban with %1 and the folder&apos;s name, or set %2.</source>
        <extracomment>%1 is the command-line option --data-dir, %2 the environment variable PASBAN_DATA_DIR</extracomment>
        <translation>پایگاه داده، تنظیمات و پرونده‌های این کنسول اینجا نگهداری می‌شوند. برای استفاده از پوشه‌ای دیگر، پاسبان را با %1 و نام پوشه اجرا کنید، یا %2 را تنظیم کنید.</translation>
    </message>
    <message>
        <source>Units of measurements</source>
        <translation>یکای اندازه‌گیری‌ها</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;دما:</translation>
    </message>
    <message>
        <source>&amp;Blood pressure:</source>
        <translation>فشار خو&amp;ن:</translation>
    </message>
    <message>
        <source>&amp;Glucose:</source>
        <translation>قند خون:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;وزن:</translation>
    </message>
    <message>
        <source>As the device sends it</source>
        <translation>همان‌گونه که دستگاه می‌فرستد</translation>
    </message>
    <message>
        <source>Degrees Celsius (°C)</source>
        <translation>درجهٔ سلسیوس (‪°C‬)</translation>
    </message>
    <message>
        <source>Degrees Fahrenheit (°F)</source>
        <translation>درجهٔ فارنهایت (‪°F‬)</translation>
    </message>
    <message>
        <source>Millimetres of mercury (mmHg)</source>
        <translation>میلی‌متر جیوه (‪mmHg‬)</translation>
    </message>
    <message>
        <source>Kilopascals (kPa)</source>
        <translation>کیلوپاسکال (‪kPa‬)</translation>
    </message>
    <message>
        <source>Milligrams per decilitre (mg/dL)</source>
        <translation>میلی‌گرم بر دسی‌لیتر (‪mg/dL‬)</translation>
    </message>
    <message>
        <source>Millimoles per litre (mmol/L)</source>
        <translation>میلی‌مول بر لیتر (‪mmol/L‬)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>کیلوگرم (‪kg‬)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>پوند (‪lb‬)</translation>
    </message>
    <message>
        <source>Measurements are shown in these units; a converted value also shows what the device sent. Exports and the command line always keep the device&apos;s own units.</source>
        <translation>اندازه‌گیری‌ها با این یکاها نمایش داده می‌شوند؛ مقدار تبدیل‌شده آنچه را دستگاه فرستاده نیز نشان می‌دهد. خروجی‌ها و خط فرمان همیشه یکای خود دستگاه را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes):</source>
        <translation>&amp;قفل پس از بی‌کاری (دقیقه):</translation>
    </message>
    <message>
        <source>With operator accounts, the console locks itself after this long without keyboard or mouse input; running scans and pushes go on behind the lock screen.</source>
        <translation>وقتی حساب‌های کاربری فعال است، کنسول پس از این مدت بدون کار با صفحه‌کلید یا موشواره خود را قفل می‌کند؛ جست‌وجوها و ارسال‌های در حال اجرا پشت صفحهٔ قفل ادامه می‌یابند.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::TrustSettings</name>
    <message>
        <source>Import root certificate</source>
        <translation>وارد کردن گواهی ریشه</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>گواهی‌ها (‪*.pem *.crt *.cer *.der‬);;همهٔ فایل‌ها (‪*‬)</translation>
    </message>
    <message>
        <source>Import revocation list</source>
        <translation>وارد کردن فهرست ابطال</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>فهرست‌های ابطال (‪*.crl *.pem *.der‬);;همهٔ فایل‌ها (‪*‬)</translation>
    </message>
    <message>
        <source>Packages are trusted only when their signatures chain to a root listed here. Every change is recorded in the audit log.</source>
        <translation>بسته‌ها تنها زمانی مورد اعتمادند که زنجیرهٔ امضایشان به یکی از ریشه‌های این فهرست برسد. هر تغییر در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>The audit log is not recording, so the trust store cannot be changed. Unlock the audit log to make changes.</source>
        <translation>گزارش ممیزی در حال ثبت نیست، پس مخزن اعتماد را نمی‌توان تغییر داد. برای ایجاد تغییر، قفل گزارش ممیزی را باز کنید.</translation>
    </message>
    <message>
        <source>The trust store could not be read.</source>
        <translation>مخزن اعتماد خوانده نشد.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Hospital approval</source>
        <translation>تأیید بیمارستان</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ابطال‌شده</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>مورد اعتماد</translation>
    </message>
    <message>
        <source>Revoked here: %1 (%2)</source>
        <translation>ابطال‌شده در این کنسول: %1 (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>بی‌ذکر دلیل</translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: %n certificate(s) revoked</source>
        <translation>
            <numerusform>فهرست ابطال از %1: %n گواهی ابطال شده</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a certificate Pasban can read.</source>
        <translation>این فایل گواهی‌ای نیست که پاسبان بتواند بخواند.</translation>
    </message>
    <message>
        <source>Trust a root certificate</source>
        <translation>اعتماد به یک گواهی ریشه</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the issuer gave you (by telephone or on paper, not in the same e-mail as the file). Every package signed under this root will be accepted for the devices it names.</source>
        <translation>اثر انگشت را با آنچه صادرکننده به شما داده است مقایسه کنید (تلفنی یا روی کاغذ، نه در همان رایانامه‌ای که فایل را آورده). هر بسته‌ای که زیر این ریشه امضا شده باشد برای دستگاه‌هایی که نام می‌برد پذیرفته می‌شود.</translation>
    </message>
    <message>
        <source>Vendor (signs firmware packages)</source>
        <translation>سازنده (بسته‌های میان‌افزار را امضا می‌کند)</translation>
    </message>
    <message>
        <source>Hospital approval (releases packages to technicians)</source>
        <translation>تأیید بیمارستان (بسته‌ها را برای تکنسین‌ها آزاد می‌کند)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>دارنده:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>اثر انگشت SHA-256:</translation>
    </message>
    <message>
        <source>Trust as:</source>
        <translation>اعتماد به‌عنوان:</translation>
    </message>
    <message>
        <source>Trust this root</source>
        <translation>اعتماد به این ریشه</translation>
    </message>
    <message>
        <source>The root was not imported.</source>
        <translation>ریشه وارد نشد.</translation>
    </message>
    <message>
        <source>Trusted: %1</source>
        <translation>مورد اعتماد شد: %1</translation>
    </message>
    <message>
        <source>The file is not a revocation list Pasban can read.</source>
        <translation>این فایل فهرست ابطالی نیست که پاسبان بتواند بخواند.</translation>
    </message>
    <message>
        <source>The revocation list was not imported.</source>
        <translation>فهرست ابطال وارد نشد.</translation>
    </message>
    <message>
        <source>Revocation list imported from %1.</source>
        <translation>فهرست ابطال از %1 وارد شد.</translation>
    </message>
    <message>
        <source>Revoke a root</source>
        <translation>ابطال یک ریشه</translation>
    </message>
    <message>
        <source>Revoke %1? Packages signed under it will be refused from now on, also for pushes already prepared.</source>
        <translation>%1 ابطال شود؟ از این پس بسته‌هایی که زیر آن امضا شده‌اند رد می‌شوند، حتی برای نصب‌هایی که از پیش آماده شده‌اند.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>دلیل (الزامی):</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>The root was not revoked.</source>
        <translation>ریشه ابطال نشد.</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>ابطال شد: %1</translation>
    </message>
    <message>
        <source>Firmware trust</source>
        <translation>اعتماد میان‌افزار</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>دارنده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>اثر انگشت SHA-256</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Import root…</source>
        <translation>وارد کردن ریشه…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>ابطال…</translation>
    </message>
    <message>
        <source>Import CRL…</source>
        <translation>وارد کردن CRL…</translation>
    </message>
    <message>
        <source>The trust store was not changed.</source>
        <translation>مخزن اعتماد تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>pasban::ui::UsbText</name>
    <message>
        <source>CDC-ACM serial port</source>
        <translation>درگاه سریال CDC-ACM</translation>
    </message>
    <message>
        <source>CDC data</source>
        <translation>دادهٔ CDC</translation>
    </message>
    <message>
        <source>DFU (run-time)</source>
        <translation>DFU (در زمان اجرا)</translation>
    </message>
    <message>
        <source>DFU (in DFU mode)</source>
        <translation>DFU (در حالت DFU)</translation>
    </message>
    <message>
        <source>Personal healthcare</source>
        <translation>مراقبت سلامت شخصی</translation>
    </message>
    <message>
        <source>Mass storage</source>
        <translation>حافظهٔ انبوه</translation>
    </message>
    <message>
        <source>HID (keyboard, mouse or similar)</source>
        <translation>HID (صفحه‌کلید، ماوس یا مانند آن)</translation>
    </message>
    <message>
        <source>Vendor-specific</source>
        <translation>ویژهٔ سازنده</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>صدا</translation>
    </message>
    <message>
        <source>CDC control</source>
        <translation>کنترل CDC</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>چاپگر</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <source>Smart card</source>
        <translation>کارت هوشمند</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدئو</translation>
    </message>
    <message>
        <source>Wireless controller</source>
        <translation>کنترل‌گر بی‌سیم</translation>
    </message>
    <message>
        <source>class %1</source>
        <extracomment>A USB class code without a name; %1 is the code, e.g. 0x12</extracomment>
        <translation>رده %1</translation>
    </message>
    <message>
        <source>device class %1</source>
        <extracomment>A USB device class code; %1 is the code, e.g. 0xef</extracomment>
        <translation>ردهٔ دستگاه %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>pasban::ui::VerificationChecksView</name>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>نامربوط</translation>
    </message>
</context>
</TS>
