<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="44" />
        <source>Tentang Diplomat Studio</source>
        <translation>About Diplomat Studio</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46" />
        <source>Teks lisensi</source>
        <translation>Licence texts</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="47" />
        <source>Lisensi GPL-3.0</source>
        <translation>GPL-3.0 licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="47" />
        <source>&amp;Lisensi</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48" />
        <source>Pihak ketiga</source>
        <translation>Third parties</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48" />
        <source>&amp;Pihak ketiga</source>
        <translation>&amp;Third parties</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="65" />
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="75" />
        <source>Studio poster dan infografis luring untuk 10 Tugas Diplomat di Internet dan Media Sosial, dengan daftar periksa sebelum terbit.</source>
        <translation>An offline poster and infographic studio for the 10 Duties of a Diplomat on the Internet and Social Media, with a pre-publish checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="77" />
        <source>Sepuluh tugas: “{title}”, {credit}. Teks bahasa Indonesia dikutip dengan menyebut sumbernya; terjemahan bahasa Inggris oleh Diplomat Studio.</source>
        <translation>The ten duties: “{title}”, {credit}. The Indonesian text is quoted with its source named; the English translation is by Diplomat Studio.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80" />
        <source>Perangkat lunak bebas dengan lisensi GNU GPL versi 3 atau yang lebih baru (GPL-3.0-or-later), tanpa jaminan apa pun.</source>
        <translation>Free software under the GNU GPL, version 3 or any later version (GPL-3.0-or-later), with no warranty of any kind.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82" />
        <source>Berjalan di atas Qt {qt} dan PySide6 {pyside} (LGPL-3.0); huruf, ikon dan data lain beserta lisensinya ada di tab Pihak ketiga.</source>
        <translation>Runs on Qt {qt} and PySide6 {pyside} (LGPL-3.0); the fonts, icons and other data and their licences are in the Third parties tab.</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../ui/batch_window.py" line="46" />
        <source>Produksi massal — Diplomat Studio</source>
        <translation>Batch production — Diplomat Studio</translation>
    </message>
    <message>
        <location filename="../../ui/batch_window.py" line="58" />
        <source>Pengaturan produksi</source>
        <translation>Batch settings</translation>
    </message>
    <message>
        <location filename="../../ui/batch_window.py" line="143" />
        <source>Produksi massal masih berjalan. Hentikan dan tutup jendela ini?
Baris yang sudah jadi tetap tersimpan, begitu juga laporannya.</source>
        <translation>The batch is still running. Stop it and close this window?
Finished rows are kept, and so is the report.</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../ui/brand_dialog.py" line="29" />
        <source>Brand kit</source>
        <translation>Brand kit</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="30" />
        <location filename="../../ui/brand_dialog.py" line="45" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="31" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="37" />
        <source>Akun</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="38" />
        <source>Situs</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="40" />
        <location filename="../../ui/brand_dialog.py" line="50" />
        <source>Nomor usaha</source>
        <translation>Business numbers</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="41" />
        <source>Nomor WhatsApp atau telepon usaha Anda, dipisah koma: checklist tidak meminta menyamarkannya di poster mana pun.</source>
        <translation>Your business's WhatsApp or phone numbers, separated by commas: the checklist never asks to mask them on any poster.</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="46" />
        <source>Warna utama</source>
        <translation>Primary colour</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="47" />
        <source>Warna kedua</source>
        <translation>Secondary colour</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="48" />
        <source>Akun media sosial</source>
        <translation>Social media handle</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="49" />
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="57" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/brand_dialog.py" line="72" />
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../../ui/caption_panel.py" line="20" />
        <location filename="../../ui/caption_panel.py" line="32" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="24" />
        <location filename="../../ui/caption_panel.py" line="33" />
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="26" />
        <location filename="../../ui/caption_panel.py" line="34" />
        <source>Tagar</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="27" />
        <location filename="../../ui/caption_panel.py" line="35" />
        <source>Teks alternatif</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="81" />
        <source>Keterangan {n}/{limit}</source>
        <translation>Caption {n}/{limit}</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="83" />
        <source>Tagar {n}/{limit}</source>
        <translation>Hashtags {n}/{limit}</translation>
    </message>
    <message>
        <location filename="../../ui/caption_panel.py" line="85" />
        <source>Alt {n}/{limit}</source>
        <translation>Alt {n}/{limit}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/checklist_panel.py" line="72" />
        <source>Hasil checklist</source>
        <translation>Checklist result</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="75" />
        <source>Temuan checklist</source>
        <translation>Checklist findings</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="76" />
        <location filename="../../ui/checklist_panel.py" line="200" />
        <source>Perbaiki</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="78" />
        <source>Perbaiki temuan terpilih</source>
        <translation>Fix the selected finding</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="79" />
        <source>Ini nomor usaha saya</source>
        <translation>My business number</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="81" />
        <source>Nomor ini kontak usaha Anda: tidak perlu disamarkan. Bisa juga diatur di brand kit.</source>
        <translation>This number is your business contact: it need not be masked. You can also set it in the brand kit.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="83" />
        <source>Alasan melewati blokir (min. 10 huruf)</source>
        <translation>Reason for overriding the block (10+ characters)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="84" />
        <source>Alasan melewati blokir</source>
        <translation>Reason for overriding the block</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="89" />
        <source>Pertanyaan untuk Anda</source>
        <translation>Questions for you</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="115" />
        <source>Lulus</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="115" />
        <location filename="../../ui/checklist_panel.py" line="123" />
        <source>Perlu dicek</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="115" />
        <location filename="../../ui/checklist_panel.py" line="123" />
        <source>Diblokir</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="118" />
        <source>temuan</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="123" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="130" />
        <source>Dilewati: </source>
        <translation>Overridden: </translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="131" />
        <source>Aturan {rule}</source>
        <translation>Rule {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="133" />
        <source>Aturan {rule}, tugas {duty}</source>
        <translation>Rule {rule}, duty {duty}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="143" />
        <source>Diperbaiki</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="161" />
        <source>— belum dijawab —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="162" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="163" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="164" />
        <source>Tidak berlaku</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="183" />
        <source>Seluruh poster</source>
        <translation>The whole poster</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="191" />
        <source>Urungkan perbaikan</source>
        <translation>Undo the fix</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="200" />
        <source>Buat dari isi poster</source>
        <translation>Make it from the poster</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="200" />
        <source>Tambahkan sumber</source>
        <translation>Add a source</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor.py" line="58" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="59" />
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="88" />
        <location filename="../../ui/editor.py" line="159" />
        <source>Geser foto</source>
        <translation>Move photo</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="159" />
        <source>Perbesar foto</source>
        <translation>Zoom photo</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="187" />
        <source>Perbaikan {rule}</source>
        <translation>Fix {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="199" />
        <source>Tandai nomor usaha</source>
        <translation>Mark as business number</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="208" />
        <source>Teks alternatif dari isi poster</source>
        <translation>Alt text from the poster</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="221" />
        <source>Sumber: </source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="223" />
        <source>Tambahkan sumber</source>
        <translation>Add a source</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../../ui/toolbar.py" line="17" />
        <source>Alat editor</source>
        <translation>Editor tools</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="25" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="26" />
        <source>Ekspor paket terbit</source>
        <translation>Export publish kit</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar.py" line="27" />
        <source>Tulis gambar, keterangan dan laporan checklist (Ctrl+E)</source>
        <translation>Write the images, caption and checklist report (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="63" />
        <source>Ekspor paket terbit</source>
        <translation>Export publish kit</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="65" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="72" />
        <source>Jenis berkas</source>
        <translation>File types</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="80" />
        <location filename="../../ui/export_dialog.py" line="102" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84" />
        <location filename="../../ui/export_dialog.py" line="121" />
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85" />
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="91" />
        <source>Yang menghalangi terbit</source>
        <translation>What blocks publishing</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92" />
        <source>Alasan melewati blokir (min. 10 huruf)</source>
        <translation>Reason for overriding the block (10+ characters)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93" />
        <source>Alasan melewati blokir</source>
        <translation>Reason for overriding the block</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="98" />
        <source>Tulis paket terbit</source>
        <translation>Write publish kit</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99" />
        <source>Kembali dan perbaiki</source>
        <translation>Go back and fix</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="132" />
        <source>Pilih minimal satu format dan satu jenis berkas.</source>
        <translation>Choose at least one format and one file type.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175" />
        <source>Seluruh poster</source>
        <translation>The whole poster</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="177" />
        <source>Belum bisa diterbitkan. Yang menghalangi:</source>
        <translation>Not ready to publish. What blocks it:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178" />
        <source>Kembali ke editor untuk memperbaikinya, atau tulis alasan untuk melewati blokir.</source>
        <translation>Go back to the editor to fix it, or type a reason to override the block.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../ui/form.py" line="168" />
        <location filename="../../ui/form.py" line="180" />
        <source>Tema warna</source>
        <translation>Colour theme</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="176" />
        <source>Warna brand kit</source>
        <translation>Brand kit colours</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../ui/gallery.py" line="41" />
        <source>Template yang tidak bisa dibaca</source>
        <translation>Templates that could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="45" />
        <source>Cari template…</source>
        <translation>Search templates…</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="45" />
        <source>Cari template</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="46" />
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="47" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="48" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="49" />
        <source>← Tugas</source>
        <translation>← Duties</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="55" />
        <source>Daftar template</source>
        <translation>Template list</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="64" />
        <source>Gunakan template</source>
        <translation>Use template</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="65" />
        <source>Gunakan template terpilih</source>
        <translation>Use the selected template</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="93" />
        <source>Template ini tidak bisa dibaca dan tidak ditampilkan. Perbaiki berkasnya, lalu buka ulang aplikasi:</source>
        <translation>These templates could not be read and are not shown. Fix the files, then restart the app:</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="110" />
        <source>Template untuk Tugas {n}</source>
        <translation>Templates for Duty {n}</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="110" />
        <source>Semua template</source>
        <translation>All templates</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="114" />
        <source>Semua topik</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="115" />
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="116" />
        <source>Semua format</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="145" />
        <source>Klik dua kali atau tekan Gunakan template untuk membukanya.</source>
        <translation>Double-click or press Use template to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/gallery.py" line="181" />
        <source>Terpilih: {name}</source>
        <translation>Selected: {name}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/guide_dialog.py" line="14" />
        <location filename="../../ui/guide_dialog.py" line="20" />
        <source>Panduan</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="22" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help_menu.py" line="22" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="25" />
        <source>&amp;Tur singkat</source>
        <translation>Quick &amp;tour</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="24" />
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="26" />
        <source>Lokasi berkas log</source>
        <translation>Log file location</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="28" />
        <source>&amp;Tentang Diplomat Studio</source>
        <translation>&amp;About Diplomat Studio</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="85" />
        <source>Pilih satu tugas untuk mulai membuat poster.</source>
        <translation>Choose a duty to start making a poster.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="86" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="102" />
        <source>Proyek terakhir</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="112" />
        <source>Belum ada proyek. Pilih tugas di atas.</source>
        <translation>No projects yet. Choose a duty above.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="124" />
        <source>Ada pekerjaan yang belum disimpan ({n}), terakhir {when}.</source>
        <translation>There is unsaved work ({n}), last at {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="126" />
        <location filename="../../ui/home.py" line="127" />
        <source>Lanjutkan pekerjaan terakhir</source>
        <translation>Continue where you left off</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../ui/fields.py" line="235" />
        <location filename="../../ui/fields.py" line="237" />
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="250" />
        <source>Seret gambar ke sini</source>
        <translation>Drag an image here</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="276" />
        <source>Pilih gambar</source>
        <translation>Choose an image</translation>
    </message>
</context>
<context>
    <name>KitBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="21" />
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="22" />
        <source>Buka laporan</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="23" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="41" />
        <source>Paket terbit tersimpan: {n} berkas gambar di {folder}</source>
        <translation>Publish kit written: {n} image files in {folder}</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/form.py" line="48" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="49" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="50" />
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="51" />
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>&amp;Beranda</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>&amp;Buka proyek…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Simpan &amp;sebagai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Ekspor paket terbit…</source>
        <translation>&amp;Export publish kit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>&amp;Produksi massal…</source>
        <translation>&amp;Batch production…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Brand &amp;kit…</source>
        <translation>Brand &amp;kit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>Buka proyek</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>Menyimpan proyek…</source>
        <translation>Saving the project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Simpan proyek</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>Simpan perubahan pada desain ini?</source>
        <translation>Save changes to this design?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Paket terbit ditulis: {path}</source>
        <translation>Publish kit written: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>Tanpa judul</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../ui/batch_mapping.py" line="19" />
        <source>Kolom lembar untuk tiap isian</source>
        <translation>Sheet column for each field</translation>
    </message>
    <message>
        <location filename="../../ui/batch_mapping.py" line="23" />
        <source>Isian wajib tanpa kolom</source>
        <translation>Required fields with no column</translation>
    </message>
    <message>
        <location filename="../../ui/batch_mapping.py" line="25" />
        <source>Kolom yang tidak dipakai</source>
        <translation>Unused columns</translation>
    </message>
    <message>
        <location filename="../../ui/batch_mapping.py" line="45" />
        <source>(wajib)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_mapping.py" line="47" />
        <source>— tidak dipakai —</source>
        <translation>— not used —</translation>
    </message>
    <message>
        <location filename="../../ui/batch_mapping.py" line="70" />
        <source>⚠ Pilih kolom untuk: {fields}</source>
        <translation>⚠ Choose a column for: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/batch_mapping.py" line="73" />
        <source>Kolom yang tidak dipakai: {columns}</source>
        <translation>Unused columns: {columns}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview.py" line="41" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="47" />
        <source>Pratinjau poster</source>
        <translation>Poster preview</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="51" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="54" />
        <source>Slide sebelumnya (PgUp)</source>
        <translation>Previous slide (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="55" />
        <source>Slide sebelumnya</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="56" />
        <source>Slide berikutnya (PgDown)</source>
        <translation>Next slide (PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="57" />
        <source>Slide berikutnya</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="69" />
        <source>Area aman</source>
        <translation>Safe area</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="70" />
        <source>Tampilkan bagian story yang tertutup tombol aplikasi</source>
        <translation>Show the parts of the story the app's buttons cover</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="131" />
        <source>Slide {n} dari {count}</source>
        <translation>Slide {n} of {count}</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../ui/batch_results.py" line="21" />
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../ui/batch_results.py" line="22" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/batch_results.py" line="22" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/batch_results.py" line="22" />
        <source>Penyebab / temuan</source>
        <translation>Cause / findings</translation>
    </message>
    <message>
        <location filename="../../ui/batch_results.py" line="23" />
        <source>Gambar</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>RowPreviewPane</name>
    <message>
        <location filename="../../ui/batch_preview.py" line="64" />
        <source>Baris sebelumnya</source>
        <translation>Previous row</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="66" />
        <source>Baris sebelumnya (Alt+Kiri)</source>
        <translation>Previous row (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="67" />
        <source>Baris berikutnya</source>
        <translation>Next row</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="69" />
        <source>Baris berikutnya (Alt+Kanan)</source>
        <translation>Next row (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="70" />
        <source>Nomor baris</source>
        <translation>Row number</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="72" />
        <source>Masalah berikutnya</source>
        <translation>Next problem</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="74" />
        <source>Baris bermasalah berikutnya dari pemeriksaan (F8)</source>
        <translation>The next row with a problem in the check (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="75" />
        <source>Pratinjau baris</source>
        <translation>Row preview</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="78" />
        <source>Status baris</source>
        <translation>Row status</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="89" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="124" />
        <source>Lembar ini tidak punya baris data.</source>
        <translation>This sheet has no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="125" />
        <source>Pilih template dan lembar kerja untuk melihat pratinjau tiap baris.</source>
        <translation>Choose a template and a spreadsheet to preview each row.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="143" />
        <source>{i} dari {n}</source>
        <translation>{i} of {n}</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="182" />
        <source>Baris ini tidak bisa dibuat.</source>
        <translation>This row cannot be made.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="193" />
        <source>Baris {n}: {status}</source>
        <translation>Row {n}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="197" />
        <source>Baris {n}: belum diperiksa (tekan Periksa dulu).</source>
        <translation>Row {n}: not checked yet (press Check first).</translation>
    </message>
    <message>
        <location filename="../../ui/batch_preview.py" line="204" />
        <source>Isian wajib belum punya kolom: {fields}</source>
        <translation>Required fields without a column: {fields}</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/batch_run.py" line="115" />
        <source>Periksa dulu</source>
        <translation>Check first</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="116" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="116" />
        <source>Mulai produksi</source>
        <translation>Start the batch</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="117" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="117" />
        <source>Batalkan</source>
        <translation>Cancel the batch</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="118" />
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="120" />
        <source>Laju dan sisa waktu</source>
        <translation>Rate and time left</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="121" />
        <source>Keterangan produksi</source>
        <translation>Batch status</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="122" />
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="123" />
        <source>Buka laporan</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="164" />
        <source>Pilih lembar kerja untuk mulai.</source>
        <translation>Choose a spreadsheet to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="166" />
        <source>Mulai menunggu kolom untuk isian wajib.</source>
        <translation>Start waits for a column for each required field.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="168" />
        <source>Lembar ini tidak punya baris data.</source>
        <translation>This sheet has no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="170" />
        <source>Siap: {n} baris. Periksa dulu untuk melihat masalah sebelum membuat berkas.</source>
        <translation>Ready: {n} rows. Check first to see problems before any file is made.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="179" />
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="179" />
        <source>Membuat berkas…</source>
        <translation>Making files…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="181" />
        <source>({n} proses pekerja)</source>
        <translation>({n} worker processes)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="190" />
        <source>{rate} baris/detik · sisa {left}</source>
        <translation>{rate} rows/s · {left} left</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="195" />
        <source>Menghentikan… baris yang sedang dibuat diselesaikan; yang sudah jadi tetap tersimpan.</source>
        <translation>Stopping… rows being made are finished; finished rows are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="203" />
        <source>Pemeriksaan selesai: {n} baris, {ok} tanpa masalah, {bad} perlu perhatian.</source>
        <translation>Check done: {n} rows, {ok} without problems, {bad} with problems.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="206" />
        <source>Pemeriksaan dihentikan setelah {n} baris.</source>
        <translation>Check stopped after {n} rows.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="214" />
        <source>{ok} siap, {warn} perlu dicek, {blocked} diblokir, {failed} gagal; {images} berkas dalam {secs} detik.</source>
        <translation>{ok} ok, {warn} to check, {blocked} blocked, {failed} failed; {images} files in {secs} s.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="218" />
        <source>Dihentikan: {done} dari {total} baris selesai. Baris yang sudah jadi tetap tersimpan di folder keluaran dan tercantum di laporan. </source>
        <translation>Stopped: {done} of {total} rows finished. Finished rows are kept in the output folder and listed in the report. </translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="221" />
        <source>Selesai: </source>
        <translation>Done: </translation>
    </message>
    <message>
        <location filename="../../ui/batch_run.py" line="225" />
        <source>Tidak jadi dijalankan.</source>
        <translation>Not run.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../ui/batch_setup.py" line="34" />
        <location filename="../../ui/batch_setup.py" line="63" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="38" />
        <location filename="../../ui/batch_setup.py" line="67" />
        <source>Lembar kerja</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="39" />
        <source>Belum dipilih</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="40" />
        <source>Pilih lembar…</source>
        <translation>Choose sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="40" />
        <location filename="../../ui/batch_setup.py" line="109" />
        <source>Pilih lembar kerja</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="41" />
        <source>Lembar di dalam berkas</source>
        <translation>Worksheet in the file</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="42" />
        <source>Catatan pembacaan lembar</source>
        <translation>How the sheet was read</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="43" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="46" />
        <location filename="../../ui/batch_setup.py" line="75" />
        <source>Tipe berkas</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="49" />
        <source>Pola nama berkas</source>
        <translation>File name pattern</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="51" />
        <source>Folder keluaran</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="52" />
        <source>Pilih lembar dulu</source>
        <translation>Choose a sheet first</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="53" />
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="53" />
        <location filename="../../ui/batch_setup.py" line="131" />
        <source>Pilih folder keluaran</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="54" />
        <source>Lewati baris yang sudah jadi dan tidak berubah</source>
        <translation>Skip rows already made and unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="55" />
        <source>Lewati baris yang sudah jadi</source>
        <translation>Skip rows already made</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="61" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="68" />
        <source>Lembar</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="72" />
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="76" />
        <source>Pola nama</source>
        <translation>Name pattern</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="81" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="110" />
        <source>Lembar kerja (CSV, XLSX, XLS, ODS) ({patterns});;Semua berkas (*)</source>
        <translation>Spreadsheets (CSV, XLSX, XLS, ODS) ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="151" />
        <source>Kosong: nomor baris. Bisa memakai {{row}}, {{format}} dan isian: {keys}. Lebih dari satu format memerlukan {{format}}.</source>
        <translation>Empty: the row number. You can use {{row}}, {{format}} and the fields: {keys}. More than one format needs {{format}}.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="155" />
        <source>Membaca lembar…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="166" />
        <source>{n} baris data, {c} kolom.</source>
        <translation>{n} data rows, {c} columns.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_setup.py" line="172" />
        <source>Lembar ini tidak bisa dibaca.</source>
        <translation>This sheet cannot be read.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../ui/fields.py" line="106" />
        <source>{label}: tulis angka, misalnya 15000, Rp 15.000, 15rb atau 1,5 jt.</source>
        <translation>{label}: write a number, e.g. 15000, Rp 15.000, 15rb or 1,5 jt.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../ui/tour.py" line="19" />
        <source>Pilih tugas</source>
        <translation>Choose a duty</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="20" />
        <source>Di beranda, pilih satu dari 10 Tugas Diplomat di Internet. Tugas itu menentukan template yang cocok: promosi produk lokal, kuliner, wisata, budaya atau prestasi.</source>
        <translation>On the home page, choose one of the 10 Duties of a Diplomat on the Internet. The duty decides which templates fit: local products, food, tourism, culture or achievements.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="22" />
        <source>Pilih template</source>
        <translation>Pick a template</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="23" />
        <source>Klik sebuah template untuk memilihnya, lalu tekan Gunakan template (atau klik dua kali).</source>
        <translation>Click a template to select it, then press Use template (or double-click it).</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="24" />
        <source>Isi dan sunting</source>
        <translation>Fill in and edit</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="25" />
        <source>Ketik di kolom kiri; pratinjau di tengah langsung berubah. Ganti foto dengan Pilih gambar, lalu geser foto di pratinjau untuk mengatur bagian yang tampak.</source>
        <translation>Type in the left column; the preview in the middle changes at once. Replace the photo with Choose image, then drag the photo in the preview to set the part that shows.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="27" />
        <source>Baca checklist</source>
        <translation>Read the checklist</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="28" />
        <source>Panel kanan memeriksa hoaks, ujaran kebencian, data pribadi dan keamanan (Tugas 5 dan 6). Setiap temuan punya tombol perbaikannya sendiri.</source>
        <translation>The right panel checks for hoaxes, hate speech, personal data and security (Duties 5 and 6). Every finding has its own fix button.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="30" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="31" />
        <source>Tekan Ekspor (Ctrl+E) untuk menulis gambar, keterangan dan laporan checklist ke satu folder. Panduan lengkap ada di Bantuan → Panduan (F1).</source>
        <translation>Press Export (Ctrl+E) to write the images, caption and checklist report to one folder. The full guide is under Help → Guide (F1).</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="34" />
        <source>Tur singkat</source>
        <translation>Quick tour</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="44" />
        <source>Langkah tur</source>
        <translation>Tour steps</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="45" />
        <source>Lewati tur</source>
        <translation>Skip tour</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="46" />
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="47" />
        <location filename="../../ui/tour.py" line="76" />
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="70" />
        <source>Langkah {n} dari {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="76" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
</context>
</TS>