"""Signs learnt from tuning sets 20-25, each beside a clean twin that must stay quiet: a password or
PIN written out (U12), an empty house announced (U13), someone's lone routine (U14), dangerous first
aid told as safe (U15), "research" figures with no source (H23), an office's decision told with no
source (H14), many people's data or private chats passed on (P16), uncensored gore (E9), a slip
posted so that everyone sees it (E12), a condolence said with laughter (E8); and the false alarms
those sets showed (a game's or an anime's killing, a qurban guide, "titik darah penghabisan", pig
hunting, the writer's own account or address)."""

from __future__ import annotations

import pytest

from .helpers import checklist_rules as rules

SIGNS = [
    ("Akun Netflix keluarga buat kalian yg mau nonton: email dodi.family@contoh.xyz pass Dodi#2024 ya", "U12"),
    ("Mah, PIN ATM papa 550918, kartunya di dompet coklat kalau mau belanja.", "U12"),
    ("Alhamdulillah besok kami sekeluarga mudik seminggu, rumah di Jl. Kenari 8 kosong dulu ya tetangga.", "U13"),
    ("Yang mau ambil paket, kunci pagar ditaruh di bawah keset depan ya, aku lagi ke luar kota.", "U13"),
    ("Si Rina anak kos sebelah tiap malam pulang kerja jam 11 sendirian lewat gang belakang pasar.", "U14"),
    ("Kalau ada yang kejang, masukin sendok ke mulutnya biar lidahnya aman, cara nenek moyang kita.", "U15"),
    ("Luka bakar kena minyak panas? Olesin pasta gigi aja, dijamin adem dan nggak melepuh.", "U15"),
    ("Menurut riset terbaru, minum es setelah makan bikin lemak perut naik 40 persen.", "H23"),
    ("Kemendikbud memutuskan ujian sekolah ditiadakan tahun ini dan semua siswa naik kelas otomatis.", "H14"),
    ("Dapet file rekap peserta seminar: nama, nomor WA, email lengkap. Yang mau leads DM harga.", "P16"),
    ("Nih SS chat suaminya sama selingkuhannya, baca sendiri deh kelakuannya.", "P16"),
    ("Video kecelakaan bus di tol tadi pagi versi no sensor, lengkap sama korbannya.", "E9"),
    ("Kasir baru salah hitung kembalian, udah aku rekam full biar viral 🤣", "E12"),
    ("Turut berduka ya 😂😂 akhirnya dia kena juga", "E8"),
    ("Cara ngecek tabung gas bocor: dekatkan korek api ke selangnya, kalau nyala berarti bocor. Aman kok.", "U15"),
    ("Kalau kesetrum, tarik aja orangnya pakai tangan kosong biar cepet lepas.", "U15"),
    ("Lowongan admin toko. Syarat: muslim, bukan keturunan Cina.", "S6"),
    ("OOTD di lokasi longsor kemarin, puing-puingnya estetik banget buat konten 😍", "E16"),
    ("Kuota internet gratis 50GB dari pemerintah, klaim di kuota-gratis.xyz dan masukkan nomor HP kamu.",
     "H13"),
]

TWINS = [
    ("Password 'qwerty123' itu paling sering dibobol. Pakai kalimat panjang dan beda tiap akun.", "U12"),
    ("Jangan pernah kirim PIN 123456 ke siapa pun, termasuk yang ngaku petugas bank.", "U12"),
    ("Tips mudik dari polisi: jangan umumkan rumah kosong di medsos, titipkan ke tetangga lewat japri.", "U13"),
    ("Aku tiap pagi jogging sendirian di GBK jam 5, seru banget udaranya masih segar.", "U14"),
    ("Jangan masukkan sendok ke mulut orang yang kejang; miringkan badannya dan tunggu sampai reda.", "U15"),
    ("Resep ayam kecap mentega ala rumah: tumis bawang, masukkan ayam, kecap dan mentega, dijamin nambah nasi.",
     "U15"),
    ("Penelitian di jurnal Lancet 2019 menemukan konsumsi garam tinggi menaikkan risiko stroke 20 persen.",
     "H23"),
    ("Kemendikbud mengumumkan jadwal libur semester (sumber: kemdikbud.go.id).", "H14"),
    ("Polres Bogor menangkap penjual data pribadi: dijual nama, NIK dan nomor HP ribuan warga.", "P16"),
    ("Tolong jangan sebarkan video kecelakaan tanpa sensor, kasihan keluarga korban.", "E9"),
    ("Game soulslike ini sadis, bos kedua bisa bunuh kamu dalam dua pukulan.", "S3"),
    ("Fanart buat tokoh utama yang dibunuh di episode kemarin 😭", "S3"),
    ("Panduan kurban: pisau sembelih diasah tajam, hewan dibaringkan menghadap kiblat.", "S3"),
    ("Pasukan Ngurah Rai bertempur sampai titik darah penghabisan melawan Belanda.", "S3"),
    ("Minggu depan ngaburu babi hutan bareng kelompok tani, yang punya anjing moro ikut ya.", "S1"),
    ("Arisan bulan ini transfer ke rekeningku BCA 1234567890 a.n. Siti ya ibu-ibu.", "P5"),
    ("Buat yang mau kirim kado, alamatku sekarang di Perum Griya Asri Blok C7 No. 3 ya.", "K3"),
    ("Yang udah DP, tolong cek nama kalian di list yang aku pin di grup ya.", "U7"),
    ("Giveaway: kami cuma minta nama dan alamat pengiriman, TIDAK minta PIN atau OTP.", "U7"),
    ("FT 3-1! Lini tengah kita membantai mereka 90 menit, hattrick Rendi 🔥", "S3"),
    ("Undangan resepsi di Gedung Serbaguna, Jl. Veteran No. 21, Kota Serang.", "S3"),
    ("Rupiah melemah karena suku bunga global, bukan tanda krisis seperti 1998.", "S8"),
    ("Aku ketawa terus nonton video kucingku jatuh dari sofa, untung nggak apa-apa.", "E8"),
    ("Kucing oren hilang, hamil tua, terakhir kelihatan di Blok F. Kabari saya di 0812-7700-3148 ya.", "P11"),
]


# tuning set 28 (2026-12-06): a house left to one person at night, a door that does not lock, one's own
# lone routine on a lonely way, stunts posted as dares, a PIN or password set out in words
SIGNS_28 = [
    ("Suami dinas luar kota 2 minggu, tinggal aku sama baby di rumah, tiap malem jam 10 komplek udah sepi.", "U13"),
    ("Liburan seminggu ke Bali, apartemen di Tower B lantai 9 aku tinggal dulu ya, plants please survive.", "U13"),
    ("Tiap Kamis jam 11 malam aku jalan kaki sendirian dari stasiun lewat gang belakang pasar, headset on.", "U14"),
    ("Ayo #PowerbankChallenge: tusuk powerbank bekas pake obeng terus liat apinya, seru bgt buat konten.", "U15"),
    ("Tantangan: tahan napas sampai pingsan terus bangun lagi, rekam, yang paling lama menang.", "U15"),
    ("PIN kartu debit saya 000000 dari awal buka rekening, males ganti.", "U12"),
    ("Ganti password IG jadi 'ayangku4ever' biar inget terus sama kamu beb.", "U12"),
]
TWINS_28 = [
    ("Buat ibu-ibu yang sering ditinggal suami dinas: jangan cerita di medsos kapan kamu sendirian di rumah.",
     "U13"),
    ("Mohon waspada tren 'blackout challenge' (tahan napas sampai pingsan). Ini sangat berbahaya.", "U15"),
    ("Jasa pasang CCTV untuk rumah yang sering ditinggal mudik, survei gratis se-Surabaya.", "U13"),
]

# holdout 20, read after it was measured (2026-12-07): a login pair, a booking code, a card with its
# expiry; gas leaks found with a flame, snakebite cut and sucked, driving through the night on
# energy drinks; the scam's own "tell nobody but us"
SIGNS_H20 = [
    ("akun toko gw biar ga lupa, login: tokobunda_official / Bunda2024! jgn dibajak yaa", "U12"),
    ("Otw Lombok! Kode booking QX7TR2 a.n. Siti Rahma, kursi 21C, doain lancar 🙏", "U12"),
    ("Kartu kredit baru nih, 4111 2233 4455 6677 exp 09/30, cakep kan desainnya", "U12"),
    ("Cara gampang cek selang gas bocor: nyalain korek terus deketin ke regulator. Gak perlu panggil teknisi.",
     "U15"),
    ("Digigit ular? Sayat lukanya pakai silet lalu sedot racunnya pakai mulut, ilmu orang tua dulu.", "U15"),
    ("Mudik nyetir 14 jam nonstop? Minum 3 minuman energi, dijamin melek sampai tujuan.", "U15"),
    ("Kami dari CS Bank Sentosa. Sebutkan 6 angka yang masuk lewat SMS. Jangan berikan ke siapa pun selain "
     "petugas kami.", "U7"),
]
# tuning set 31 (2026-12-06): deposits that come back more, a code said to have landed on your phone,
# a security question asked, one's own trip with cash, wrong-way driving, bleach and ammonia
SIGNS_31 = [
    ("Setor 1jt dapet 1,8jt di minggu kedua, amanah, transfer ke BCA admin ya", "U9"),
    ("Mas, tadi ada SMS nyasar masuk ke hp kamu isinya angka, kirim ke aku ya penting", "U7"),
    ("Tolong sebutin nama ibu kandung sama 4 digit terakhir NIK bapak, ini dari gerai kami", "U7"),
    ("Besok subuh naik bus ke Wonosobo bawa duit tunai 40 juta buat beli sapi, doain ya", "U14"),
    ("Cara cepet nyampe kantor: lawan arah aja di flyover pagi2, sepi kok, hemat 15 menit", "U15"),
    ("Rendem baju putih pake pemutih dicampur pembersih kaca yg ada amonianya, makin bersih", "U15"),
]
TWINS_31 = [
    ("Lowongan kasir Toko Roti Mentari. Kirim CV ke hrd@rotimentari.co.id. Tidak ada biaya apa pun.", "U7"),
    ("Barusan ditelpon \"CS Shopee\" minta aku sebutin kode verifikasi, langsung kututup wkwk", "U7"),
    ("Para ortu, tolong pantau anak. Lagi marak challenge tahan napas sampai pingsan, sudah ada korban.", "U15"),
    ("Nemu kartu ATM di mesin ATM Alfamart, sudah saya serahkan ke bank. Tanya detail hubungi saya "
     "0813-5004-2271 (Rani).", "U8"),
]
# tuning set 36 (2026-12-06): kin, teachers, police and hospitals impersonated for money (U17), a stranger let
# into the phone (U7), keys, tickets and access cards shown whole (U16), children left at home (U13)
SIGNS_36 = [
    ("Ibu, ini dari Unit Reskrim Polsek Tebet. Anak Ibu tertangkap. Bisa damai malam ini juga asal ada uang 8 juta. "
     "Jangan telepon anaknya dulu. Transfer ke rekening penyidik.", "U17"),
    ("Ndok, iki Mbah Uti, nganggo HP-ne tonggo. Kudu tebus obat 600 ewu, tulung transferno sekarang yo. Ojo ditelpon.",
     "U17"),
    ("Tadi ditelp CS bank, disuruh install AnyDesk biar dia bantu blokir dari jarak jauh. Udah aku install.", "U7"),
    ("Otw Jogja! Ini boarding pass-ku, barcodenya sengaja gak ditutup biar kenang-kenangan 🥰", "U16"),
    ("Akhirnya pegang kunci rumah sendiri 🔑 difoto dari deket biar keliatan jelas gerigi kuncinya", "U16"),
    ("Ngepost biar ada yg nemenin: anakku umur 5 tahun sendirian di kontrakan dari jam 6 sampe jam 3.", "U13"),
]
# tuning set 38: a payee moved to a new account, a boss who needs vouchers now
SIGNS_38 = [
    ("Mbak Rina, ini Pak Steven (owner). Supplier kita ganti rekening karena audit. Tolong invoice minggu ini "
     "transfer ke BCA 0851 2219 77 a.n. CV Berkah ya.", "U17"),
    ("Selamat pagi. Saya Hendra, Direktur Operasional. Saya sedang rapat, tolong segera belikan 6 voucher Google "
     "Play @Rp500.000 dan kirim kodenya ke saya.", "U17"),
]
TWINS_38 = [
    ("Halo semua, aku ganti nomor ya, ini nomor baru. Tenang, aku gak minta transfer apa-apa wkwk 😂", "U9"),
    ("Infaq renovasi masjid dapat disalurkan melalui rekening BSI a.n. DKM Masjid Al Furqan 7123 4455 90.", "P5"),
    ("[HOAKS] Beredar pesan yang meminta nasabah mengisi formulir di tautan bri-tarifbaru.com. Informasi tersebut "
     "tidak benar.", "U3"),
]
TWINS_36 = [
    ("Buat meeting jam 10 nanti aku share screen slide presentasi ya, yang lain mute mic aja.", "U7"),
    ("Orang bank tidak akan pernah suruh kita pasang AnyDesk atau kasih lihat layar HP. Matikan teleponnya.", "U7"),
    ("Polisi tidak pernah minta uang jaminan lewat transfer ke rekening pribadi. Datang langsung ke kantor polisi.",
     "U17"),
    ("Boarding pass sudah di tangan, barcodenya kututup dulu ya sebelum upload 😄", "U16"),
    ("Screenshot pesan penipuan yang dikirim ke ibu saya: 'Ma, hp-ku rusak, transfer dulu 2 juta.' Telepon dulu "
     "anaknya sebelum transfer!", "U7"),
]
TWINS_H20 = [
    ("Cara aman cek gas bocor: oleskan air sabun di sambungan regulator. Jangan pakai korek api!", "U15"),
    ("Kode booking dikirim ke email Anda setelah pembayaran; simpan dan jangan unggah ke media sosial.", "U12"),
    ("Contoh link PALSU yang beredar: bank-sentosa-poin.id, sentosa-undian.net. Situs resmi hanya "
     "banksentosa.co.id.", "U3"),
]


@pytest.mark.parametrize("text, rule", SIGNS + SIGNS_28 + SIGNS_H20 + SIGNS_31 + SIGNS_36 + SIGNS_38)
def test_a_sign_warns(text, rule):
    assert rules(text).get(rule) in ("warn", "block")


@pytest.mark.parametrize("text, rule", TWINS + TWINS_28 + TWINS_H20 + TWINS_31 + TWINS_36 + TWINS_38)
def test_its_clean_twin_stays_at_most_info(text, rule):
    assert rules(text).get(rule) in (None, "info")
